import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from spec import *
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
NS = "Gateway.Sdk.Documents.Declarations"
TYPES = {"s":"string","hs":"HsCode","cc":"CustomsCode","uscc":"UnifiedSocialCreditCode","ctr":"ContainerNumber",
         "cur":"CurrencyCode","cty":"CountryCode","swap":"CountryCode","type":"DeclarationType","dir":"TradeDirection",
         "date":"DateOnly","long":"long"}
READ = {"s":"String","hs":"Hs","cc":"Customs","uscc":"CreditCode","ctr":"Container","cur":"Currency","cty":"Country",
        "swap":"Country","type":"Type","dir":"Direction","date":"Date","long":"Int64"}
def ctype(kind):
    if kind.startswith("dec"): return "decimal"
    if kind.startswith("int"): return "int"
    return TYPES[kind]
def rmeth(kind):
    if kind.startswith("dec"): return "Decimal"
    if kind.startswith("int"): return "Int32"
    return READ[kind]
TABLES = {"CustomMaster":"customs-offices","IEPort":"customs-offices","PurpOrgCode":"customs-offices","CutMode":"levy-kinds",
 "TradeMode":"trade-modes","TrafMode":"transport-modes","TransMode":"transaction-modes","WrapType":"package-kinds",
 "FeeCurr":"currencies","InsurCurr":"currencies","OtherCurr":"currencies","TradeCurr":"currencies",
 "TradeCountry":"countries","TradeAreaCode":"countries","OriginCountry":"countries","DestinationCountry":"countries","RcepOrigPlaceCode":"countries",
 "DutyMode":"duty-modes","FirstUnit":"units","GUnit":"units","SecondUnit":"units","LicWrtofQtyUnit":"units","PackType":"package-kinds",
 "DocuCode":"document-codes","EdocCode":"edoc-codes"}
CHILDREN = {"DeclarationGoods":("Licences","GoodsLicence","the licences that cover this line (DecGoodsLimits/DecGoodsLimit)"),
            "GoodsLicence":("Vehicles","LicenceVehicle","the vehicles (VINs) under this licence (DecGoodsLimitVin)")}
def cap(s): return s[0].upper()+s[1:]
def model(b):
    t, el, wrap, fields, summary, zh = b
    L = ["using Gateway.Sdk.Codes;","using Gateway.Sdk.Xml;","",f"namespace {NS};","",
         f"/// <summary>Represents {summary} ({zh}).</summary>",
         f"/// <remarks>Wire element <c>{el}</c>" + (f" inside <c>{wrap}</c>" if wrap else "") + "; see <c>docs/declarations.md</c> for the field table.</remarks>",
         f"public sealed record {t}","{"]
    for (x, p, k, ln, d, s, doc) in fields:
        req = {("Y","Y"):"Required to save a draft and to submit.",("N","Y"):"Required to submit.",("Y","N"):"Required to save a draft."}.get((d,s),"Optional.")
        if k == "swap":
            req = "On imports, " + req[0].lower() + req[1:] + " On exports the requirement of the other wire element applies."
        L += [f"    /// <summary>Gets the {doc}.</summary>",
              f"    /// <remarks>Wire element <c>{x}</c>. {req}</remarks>",
              f"    public {ctype(k)}? {p} {{ get; init; }}",""]
    if t in CHILDREN:
        p, ct, doc = CHILDREN[t]
        L += [f"    /// <summary>Gets {doc}.</summary>",
              f"    public IReadOnlyList<{ct}> {p} {{ get; init => field = EquatableList.From(value); }} = EquatableList<{ct}>.Empty;",""]
    L += ["    /// <summary>Gets elements the SDK does not model that were read from a message; the writer puts them back at the end of the block.</summary>",
          "    public IReadOnlyList<XmlExtension> AdditionalElements { get; init => field = EquatableList.From(value); } = EquatableList<XmlExtension>.Empty;","}",""]
    open(f"{ROOT}/src/Gateway.Sdk/Documents/Declarations/{t}.cs","w").write("\n".join(L))
def fields_cs():
    groups = {"DeclarationFields.Head.cs": ["DeclarationHead"],
              "DeclarationFields.Goods.cs": ["DeclarationGoods","GoodsLicence","LicenceVehicle"],
              "DeclarationFields.cs": [b[0] for b in BLOCKS if b[0] not in ("DeclarationHead","DeclarationGoods","GoodsLicence","LicenceVehicle")]}
    for fname, types in groups.items():
        L = ["using Gateway.Sdk.Xml;","",f"namespace {NS};",""]
        if fname == "DeclarationFields.cs":
            L += ["/// <summary>Lists, in specification order, the elements of each declaration block, how to get their wire text, and how to write them.</summary>",
                  "/// <remarks>Order follows the DDL generated from the official import specification (see docs/declarations.md). Generated with the field table; edit both together.</remarks>"]
        L += ["internal static partial class DeclarationFields","{"]
        for (t, el, wrap, fields, summary, zh) in [b for b in BLOCKS if b[0] in types]:
            w = f'"{wrap}"' if wrap else "null"
            L.append(f'    public static readonly XmlBlock<{t}> {t} = new("{el}", {w}, static x => x.AdditionalElements,')
            L.append("    [")
            for (x, p, k, ln, d, s_, doc) in fields:
                if k == "swap":
                    other = "DestinationCountry" if p == "OriginCountry" else "OriginCountry"
                    L.append(f'        new("{x}", "{p}", static (x, c) => Wire.Text(c.IsExport ? x.{other} : x.{p}), "{other}"),')
                else:
                    L.append(f'        new("{x}", "{p}", static (x, _) => Wire.Text(x.{p})),')
            L.append("    ],")
            L.append("    static (x, c, w, f) =>")
            L.append("    {")
            for i, (x, p, k, ln, d, s_, doc) in enumerate(fields):
                if k == "swap":
                    other = "DestinationCountry" if p == "OriginCountry" else "OriginCountry"
                    L.append(f"        w.Field(f[{i}], c.IsExport ? x.{other} : x.{p});")
                else:
                    L.append(f"        w.Field(f[{i}], x.{p});")
            L.append("    });")
            L.append("")
        L[-1:] = ["}",""]
        open(f"{ROOT}/src/Gateway.Sdk/Documents/Declarations/{fname}","w").write("\n".join(L))
def reader_cs():
    L = ["using Gateway.Sdk.Xml;","",f"namespace {NS};","","/// <summary>Builds each block from the field values read for it; fields are addressed by their position in <see cref=\"DeclarationFields\"/>.</summary>",
         "internal static class DeclarationBlocks","{"]
    for (t, el, wrap, fields, summary, zh) in BLOCKS:
        extra = ""
        sig = f"    public static {t} {t}(FieldValues<{t}> f"
        if t == "DeclarationGoods": sig += ", bool export, IReadOnlyList<GoodsLicence> licences"
        if t == "GoodsLicence": sig += ", IReadOnlyList<LicenceVehicle> vehicles"
        L.append(sig + ") => new()")
        L.append("    {")
        names = [f[0] for f in fields]
        for i, (x, p, k, ln, d, s, doc) in enumerate(fields):
            if k == "swap":
                other = "DestinationCountry" if x == "OriginCountry" else "OriginCountry"
                L.append(f'        {p} = f.Country(export ? {names.index(other)} : {i}), // {other} on exports, {x} on imports')
            else:
                L.append(f'        {p} = f.{rmeth(k)}({i}), // {x}')
        if t == "DeclarationGoods": L.append("        Licences = licences,")
        if t == "GoodsLicence": L.append("        Vehicles = vehicles,")
        L.append("        AdditionalElements = f.Extensions,")
        L.append("    };")
        L.append("")
    L[-1:] = ["}",""]
    open(f"{ROOT}/src/Gateway.Sdk/Documents/Declarations/DeclarationBlocks.cs","w").write("\n".join(L))
def csv():
    L = ["# Field rules of the customs declaration (DecMessage), one row per element, in specification order.",
         "# Source: the DDL generated from the official import specification (kennard520/JeecgBoot jeecg-boot/db/其他数据库脚本/达梦/CIT.sql, commit 4fef8054),",
         "# columns 字段代码, 长度, 暂存必填 and 申报必填. length: N = exactly N characters, ..N = at most N, P,S = decimal with P digits of which S after the point.",
         "# draft/submit: Y when required at that level. Fields of repeated child blocks (Container, LicenseDocu, DecRequestCert, EdocRealation, EcoRelation) are",
         "# marked draft-only in the specification; the SDK requires them whenever the block is present (note column). Edit this file to follow a newer specification.",
         "# stage: signing = filled when the message is signed (Sign, SignDate); checked only when signatures are required.",
         "path,length,draft,submit,table,stage,note"]
    child_req = {"DeclarationContainer","AttachedLicence","RequestedCertificate","ElectronicDocument","OriginCertificateRelation"}
    for (t, el, wrap, fields, summary, zh) in BLOCKS:
        for (x, p, k, ln, d, s, doc) in fields:
            note = ""
            if t in child_req and d == "Y":
                note = "spec flags draft-only; required whenever the block is present"
            length = ".." + ln if k.startswith("int") or k == "long" else ln
            if "," in length: length = f'"{length}"'
            stage = "signing" if el == "DecSign" and x in ("Sign", "SignDate") else ""
            if x == "Type" and el == "DecHead": note = "DDL length 6; the field description defines a 7th position (Z combined port)"
            L.append(f"{el}/{x},{length},{d},{s},{TABLES.get(x,'')},{stage},{note}")
    open(f"{ROOT}/src/Gateway.Sdk/Documents/Declarations/Data/dec-fields.csv","w").write("\n".join(L)+"\n")
def xsd():
    simple = {}
    def stype(k, ln):
        if k.startswith("dec"):
            p, s = k[4:].split(",")
            n = f"Decimal{p}_{s}"
            simple[n] = f'''  <xs:simpleType name="{n}">
    <xs:union memberTypes="Empty">
      <xs:simpleType>
        <xs:restriction base="xs:decimal">
          <xs:totalDigits value="{p}"/>
          <xs:fractionDigits value="{s}"/>
        </xs:restriction>
      </xs:simpleType>
    </xs:union>
  </xs:simpleType>'''
            return n
        if k.startswith("int") or k == "long":
            digits = k[4:] if k.startswith("int") else "19"
            n = f"Integer{digits}"
            simple[n] = f'''  <xs:simpleType name="{n}">
    <xs:restriction base="xs:string">
      <xs:pattern value="([0-9]{{1,{digits}}})?"/>
    </xs:restriction>
  </xs:simpleType>'''
            return n
        if k == "date":
            simple["Date8"] = '''  <xs:simpleType name="Date8">
    <xs:restriction base="xs:string">
      <xs:pattern value="([0-9]{8})?"/>
    </xs:restriction>
  </xs:simpleType>'''
            return "Date8"
        m = ln.lstrip(".")
        n = f"Text{m}"
        simple[n] = f'''  <xs:simpleType name="{n}">
    <xs:restriction base="xs:string">
      <xs:maxLength value="{m}"/>
    </xs:restriction>
  </xs:simpleType>'''
        return n
    def seq(fields, indent):
        out = []
        for (x, p, k, ln, d, s, doc) in fields:
            out.append(f'{indent}<xs:element name="{x}" type="{stype(k, ln)}" minOccurs="0"/>')
        return out
    ctypes = []
    for (t, el, wrap, fields, summary, zh) in BLOCKS:
        body = seq(fields, "      ")
        if el == "DecList":
            body.append('      <xs:element name="DecGoodsLimits" minOccurs="0">')
            body.append('        <xs:complexType><xs:sequence><xs:element name="DecGoodsLimit" type="DecGoodsLimitType" minOccurs="0" maxOccurs="unbounded"/></xs:sequence></xs:complexType>')
            body.append('      </xs:element>')
        if el == "DecGoodsLimit":
            body.append('      <xs:element name="DecGoodsLimitVin" type="DecGoodsLimitVinType" minOccurs="0" maxOccurs="unbounded"/>')
        ctypes.append(f'  <xs:complexType name="{el}Type">\n    <xs:annotation><xs:documentation>{summary} ({zh})</xs:documentation></xs:annotation>\n    <xs:sequence>\n' + "\n".join(body) + "\n    </xs:sequence>\n  </xs:complexType>")
    def wrapped(wrap, el, mn="0", mx="unbounded", outer_min="0"):
        return f'''      <xs:element name="{wrap}" minOccurs="{outer_min}">
        <xs:complexType>
          <xs:sequence>
            <xs:element name="{el}" type="{el}Type" minOccurs="{mn}" maxOccurs="{mx}"/>
          </xs:sequence>
        </xs:complexType>
      </xs:element>'''
    root = ['      <xs:element name="DecHead" type="DecHeadType"/>', wrapped("DecLists","DecList","1","50","1")]
    for w, e in [("DecContainers","Container"),("DecLicenseDocus","LicenseDocu"),("DecRequestCerts","DecRequestCert"),("DecOtherPacks","DecOtherPack"),("DecCopLimits","DecCopLimit"),("DecUsers","DecUser"),("DecCopPromises","DecCopPromise")]:
        root.append(wrapped(w, e))
    root.append('      <xs:element name="DecSign" type="DecSignType"/>')
    root.append('      <xs:element name="DecFreeTxt" type="DecFreeTxtType" minOccurs="0"/>')
    root.append('      <xs:element name="EdocRealation" type="EdocRealationType" minOccurs="0" maxOccurs="unbounded"/>')
    root.append('      <xs:element name="EcoRelation" type="EcoRelationType" minOccurs="0" maxOccurs="unbounded"/>')
    for extra in ["TrnHead","TrnList","TrnContainers","TrnContaGoodsList","DecMarkLob","DecSupplement","SddTax","DecRisk","DecRoyaltyFee","DecTpAccess","DecControlModel"]:
        root.append(f'      <xs:element name="{extra}" type="xs:anyType" minOccurs="0" maxOccurs="unbounded"/>')
    head = '''<?xml version="1.0" encoding="UTF-8"?>
<!--
  DecMessage.xsd: customs declaration (报关单 / 备案清单) import message of China's single window.

  NOT the official schema. Authored by Gateway.Sdk from the published field table of the
  《进出口货物报关单（备案清单）导入接口规范》 as reproduced by a DDL generated from the official
  specification (kennard520/JeecgBoot, jeecg-boot/db/其他数据库脚本/达梦/CIT.sql, commit 4fef8054) and
  cross-checked against independent generators (snowlyg/BeeCustom xmlTemplate/Order.go,
  ronannnn/gx-customs-bridge pkg/customs/decmodels). It fixes element names, order, maximum lengths
  and decimal scales. Every leaf element is optional here: which fields are required depends on the
  level (暂存 draft or 申报 submit) and is checked by the SDK's rules (dec-fields.csv), not by this XSD.
  Empty elements are accepted, as single-window exports contain them.

  Unverified: whether the official XSD enforces order (xs:sequence) or not (xs:all); the position of
  fields added after the legacy block; the root attribute's exact spelling (Version). Newer blocks
  (TrnHead, DecSupplement, ...) are accepted with any content.

  When you have the official XSD from the single window's download area, use it instead:
  SchemaCatalog.FromDirectory(folder), or the schemas option of gateway validate.
-->
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"
           xmlns="http://www.chinaport.gov.cn/dec"
           targetNamespace="http://www.chinaport.gov.cn/dec"
           elementFormDefault="qualified">
  <xs:element name="DecMessage">
    <xs:complexType>
      <xs:sequence>
'''
    tail = '''      </xs:sequence>
      <xs:attribute name="Version" type="Text5"/>
    </xs:complexType>
  </xs:element>
'''
    simple["Text5"] = '''  <xs:simpleType name="Text5">
    <xs:restriction base="xs:string">
      <xs:maxLength value="5"/>
    </xs:restriction>
  </xs:simpleType>'''
    simple["Empty"] = '''  <xs:simpleType name="Empty">
    <xs:restriction base="xs:string">
      <xs:length value="0"/>
    </xs:restriction>
  </xs:simpleType>'''
    text = head + "\n".join(root) + "\n" + tail + "\n".join(ctypes) + "\n" + "\n".join(simple[k] for k in sorted(simple)) + "\n</xs:schema>\n"
    open(f"{ROOT}/schemas/dec/DecMessage.xsd","w").write(text)
for b in BLOCKS: model(b)
fields_cs(); reader_cs(); csv(); xsd()
