import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from spec import *
L = ["// Baseline for the benchmarks: the DecMessage as XmlSerializer classes, the way a user without the SDK would write them.",
     "// One string property per element (cheaper for XmlSerializer than typed numbers, so the comparison favours the baseline).",
     "// Generated once from the SDK's field table; not used by the SDK.",
     "#pragma warning disable CA1002, CA1056, CA1819, CA2227, CA1707, CA1711, CA1716, CA1720, CA1724, SA1300, IDE1006",
     "using System.Xml.Serialization;", "", "namespace Gateway.Sdk.Benchmarks;", ""]
children = {"DecList": [('[XmlArray("DecGoodsLimits"), XmlArrayItem("DecGoodsLimit")]', "List<XsDecGoodsLimit>?", "DecGoodsLimits")],
            "DecGoodsLimit": [('[XmlElement("DecGoodsLimitVin")]', "List<XsDecGoodsLimitVin>?", "DecGoodsLimitVin")]}
for (t, el, wrap, fields, summary, zh) in BLOCKS:
    L.append(f"/// <summary>{el} for XmlSerializer.</summary>")
    L.append(f"public sealed class Xs{el}")
    L.append("{")
    for f in fields:
        L.append(f"    public string? {f[0]} {{ get; set; }}")
        L.append("")
    for (attr, typ, name) in children.get(el, []):
        L.append(f"    {attr}")
        L.append(f"    public {typ} {name} {{ get; set; }}")
        L.append("")
    L[-1:] = ["}", ""]
L += ['/// <summary>DecMessage for XmlSerializer.</summary>',
      '[XmlRoot("DecMessage", Namespace = "http://www.chinaport.gov.cn/dec")]',
      'public sealed class XsDecMessage', '{',
      '    [XmlAttribute] public string? Version { get; set; }', '',
      '    public XsDecHead? DecHead { get; set; }', '']
for w, e in [("DecLists","DecList"),("DecContainers","Container"),("DecLicenseDocus","LicenseDocu"),("DecRequestCerts","DecRequestCert"),("DecOtherPacks","DecOtherPack"),("DecCopLimits","DecCopLimit"),("DecUsers","DecUser"),("DecCopPromises","DecCopPromise")]:
    L += [f'    [XmlArray("{w}"), XmlArrayItem("{e}")]', f'    public List<Xs{e}>? {w} {{ get; set; }}', '']
L += ['    public XsDecSign? DecSign { get; set; }', '', '    public XsDecFreeTxt? DecFreeTxt { get; set; }', '',
      '    [XmlElement("EdocRealation")]', '    public List<XsEdocRealation>? EdocRealation { get; set; }', '',
      '    [XmlElement("EcoRelation")]', '    public List<XsEcoRelation>? EcoRelation { get; set; }', '}', '']
open(os.path.join(os.path.dirname(__file__), "..", "..", "tests", "Gateway.Sdk.Benchmarks", "XmlSerializerBaseline.cs"),"w").write("\n".join(L))
