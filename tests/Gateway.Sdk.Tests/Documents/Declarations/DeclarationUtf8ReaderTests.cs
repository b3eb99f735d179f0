using System.Text;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using Gateway.Sdk.Documents.Declarations;
using Gateway.Sdk.Validation;
using Gateway.Sdk.Xml;
using QuickStart;

namespace Gateway.Sdk.Tests.Documents.Declarations;

/// <summary>
/// The fast way of reading declarations (<see cref="DeclarationUtf8Reader"/>): it reads the plain documents writers
/// produce, and for any other document it gives up so that <see cref="System.Xml.XmlReader"/> reads and reports it.
/// The property that matters: whatever it accepts, the slow way reads to the same declaration without an issue.
/// </summary>
public class DeclarationUtf8ReaderTests
{
    private static readonly int Cases = int.TryParse(Environment.GetEnvironmentVariable("GATEWAY_PROPERTY_CASES"), out var n) ? n : 1000;
    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(Cases);
    private static readonly string Golden = File.ReadAllText(TestFiles.TestData(Path.Combine("golden", "import-containers-licences.xml"))).TrimStart('\uFEFF');

    /// <summary>Bytes that break XML in interesting ways when put anywhere.</summary>
    private static readonly string[] Insertions = ["<", ">", "&", "/", "]]>", "\r", "\0", " ", "x", "<!-- c -->", "<![CDATA[x]]>", "&#65;", "&bogus;", "\uFFFE", "\"", "<DecSign/>", "</DecHead>", "<AgentCode>1</AgentCode>"];

    [Theory]
    [InlineData("export-general-trade.xml")]
    [InlineData("import-containers-licences.xml")]
    [InlineData("import-two-step-summary.xml")]
    public void TryRead_GoldenFile_TakesTheFastWayToTheSameDeclaration(string name)
    {
        var bytes = File.ReadAllBytes(TestFiles.TestData(Path.Combine("golden", name)));
        var fast = DeclarationUtf8Reader.TryRead(bytes, 0, bytes.Length, XmlLimits.Default);
        fast.ShouldNotBeNull();
        fast.ShouldBe(Slow(bytes).Value);
    }

    [Fact]
    public void Read_OfWrite_TakesTheFastWayUnlessATextNeedsACharacterReference() =>
        Check.One(Config, Prop.ForAll(DeclarationGenerators.Declaration().ToArbitrary(), declaration =>
        {
            foreach (var options in new[] { new DeclarationXmlOptions(), new DeclarationXmlOptions { Indent = false } })
            {
                // Generated texts hold carriage returns, which the writer writes as references: the slow way reads those.
                var bytes = new DeclarationXmlWriter(options).Write(declaration);
                var plain = WithoutCharacterReferences(bytes);
                DeclarationUtf8Reader.TryRead(bytes, 0, bytes.Length, XmlLimits.Default).ShouldBe(plain.Length == bytes.Length ? declaration : null);
                var fast = DeclarationUtf8Reader.TryRead(plain, 0, plain.Length, XmlLimits.Default);
                fast.ShouldNotBeNull();
                var slow = Slow(plain);
                slow.Report.Issues.ShouldBeEmpty();
                fast.ShouldBe(slow.Value);
            }
        }));

    [Fact]
    public void TryRead_AnyDamage_NeverAcceptsWhatTheSlowWayRefusesOrReadsDifferently()
    {
        var gen = from declaration in DeclarationGenerators.Declaration(maxLines: 3)
                  from indent in Gen.Elements(true, false)
                  from edits in Gen.Choose(1, 3)
                  from damage in Gen.ListOf(Damage(), edits)
                  select (WithoutCharacterReferences(new DeclarationXmlWriter(new DeclarationXmlOptions { Indent = indent }).Write(declaration)), damage);
        var (accepted, refused) = (0, 0);
        Check.One(Config, Prop.ForAll(gen.ToArbitrary(), input =>
        {
            var bytes = input.Item1;
            foreach (var edit in input.damage)
            {
                bytes = edit(bytes);
            }

            if (DeclarationUtf8Reader.TryRead(bytes, 0, bytes.Length, XmlLimits.Default) is { } fast)
            {
                accepted++;
                var slow = Slow(bytes);
                slow.Report.Issues.ShouldBeEmpty(Encoding.UTF8.GetString(bytes));
                slow.Value.ShouldBe(fast);
            }
            else
            {
                refused++;
            }
        }));

        // Both outcomes must occur, or the property says nothing.
        accepted.ShouldBeGreaterThan(Cases / 50);
        refused.ShouldBeGreaterThan(Cases / 50);
    }

    [Theory]
    [InlineData("plain", "AgentName", "<AgentName>x</AgentName>", true)]
    [InlineData("spaces in tags", "AgentName", "<AgentName >x</AgentName  >", true)]
    [InlineData("empty element", "AgentName", "<AgentName/>", true)]
    [InlineData("predefined entities", "AgentName", "<AgentName>A&amp;B &lt;&gt; &quot;&apos;</AgentName>", true)]
    [InlineData("standalone declaration", "?xml", "<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?>", true)]
    [InlineData("no declaration", "?xml", "", true)]
    [InlineData("byte order mark", "?xml", "\uFEFF<?xml version=\"1.0\"?>", true)]
    [InlineData("comment", "AgentName", "<!-- note -->", false)]
    [InlineData("processing instruction", "AgentName", "<?pi x?>", false)]
    [InlineData("CDATA", "AgentName", "<AgentName><![CDATA[x]]></AgentName>", false)]
    [InlineData("character reference", "AgentName", "<AgentName>&#x41;</AgentName>", false)]
    [InlineData("carriage return in text", "AgentName", "<AgentName>a\rb</AgentName>", false)]
    [InlineData("]]> in text", "AgentName", "<AgentName>a]]>b</AgentName>", false)]
    [InlineData("unknown entity", "AgentName", "<AgentName>&nbsp;</AgentName>", false)]
    [InlineData("attribute on a field", "AgentName", "<AgentName a=\"1\">x</AgentName>", false)]
    [InlineData("unknown element", "AgentName", "<Unknown>x</Unknown>", false)]
    [InlineData("field twice", "AgentName", "<AgentName>x</AgentName><AgentName>y</AgentName>", false)]
    [InlineData("mismatched end tag", "AgentName", "<AgentName>x</AgentNam>", false)]
    [InlineData("element in a field", "AgentName", "<AgentName><b>x</b></AgentName>", false)]
    [InlineData("text between fields", "AgentName", "stray", false)]
    [InlineData("number that does not convert", "GrossWet", "<GrossWet>1,5</GrossWet>", false)]
    [InlineData("number with spaces", "GrossWet", "<GrossWet> 15 </GrossWet>", false)]
    [InlineData("number of 65 characters", "GrossWet", "<GrossWet>00000000000000000000000000000000000000000000000000000000000000015</GrossWet>", false)]
    [InlineData("DTD", "?xml", "<?xml version=\"1.0\"?><!DOCTYPE DecMessage [<!ENTITY x \"y\">]>", false)]
    [InlineData("GBK declared", "?xml", "<?xml version=\"1.0\" encoding=\"GBK\"?>", false)]
    [InlineData("XML 1.1", "?xml", "<?xml version=\"1.1\"?>", false)]
    [InlineData("root attribute", "DecMessage", "<DecMessage Version=\"4.8\" xmlns=\"http://www.chinaport.gov.cn/dec\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">", false)]
    [InlineData("wrong namespace", "DecMessage", "<DecMessage xmlns=\"urn:other\">", false)]
    [InlineData("no namespace", "DecMessage", "<DecMessage>", false)]
    public void TryRead_Shape_TakesTheFastWayOnlyWhenItIsPlain(string name, string element, string replacement, bool fastExpected)
    {
        var bytes = Encoding.UTF8.GetBytes(Replace(Golden, element, replacement));
        var fast = DeclarationUtf8Reader.TryRead(bytes, 0, bytes.Length, XmlLimits.Default);
        (fast is not null).ShouldBe(fastExpected, name);
        var slow = Slow(bytes);
        var result = new DeclarationXmlReader().Read(bytes);
        result.Value.ShouldBe(slow.Value);
        result.Report.Issues.Select(static i => i.Code).ShouldBe(slow.Report.Issues.Select(static i => i.Code));
        if (fastExpected)
        {
            result.Report.Issues.ShouldBeEmpty();
        }
        else
        {
            fast.ShouldBeNull();
        }
    }

    /// <summary>Places in a document whose bytes the fast way checks where it uses them, each as the text after which bytes go.</summary>
    public static TheoryData<string, string, string, string> MalformedBytes()
    {
        (string Where, string After, string Text)[] places =
        [
            ("short text", "<CustomMaster>", string.Empty),
            ("text of 9 to 64 bytes", "<BillNo>", string.Empty),
            ("text repeated later", "<AgentName>", string.Empty),
            ("text over 64 bytes", "<TrafName>", new string('M', 70)),
            ("text with an entity", "<TrafName>", "A&amp;B"),
            ("number", "<GrossWet>", "1"),
            ("goods text", "<GModel>", "4|3|"),
            ("root attribute", "Version=\"", "4"),
            ("between tags", "</AgentCode>", string.Empty),
            ("element name", "<AgentCode", string.Empty),
        ];
        string[] bytes = ["FF", "C3", "C080", "EDA080", "EFBFBE", "EFBFBF", "01", "1F", "0B"];
        var data = new TheoryData<string, string, string, string>();
        foreach (var place in places)
        {
            foreach (var hex in bytes)
            {
                data.Add($"{place.Where}: {hex}", place.After, place.Text, hex);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(MalformedBytes))]
    public void TryRead_MalformedBytes_LeaveItToTheSlowWayWhichReportsThem(string name, string after, string text, string hex)
    {
        var golden = Encoding.UTF8.GetBytes(Golden);
        var at = Golden.IndexOf(after, StringComparison.Ordinal);
        var cut = Encoding.UTF8.GetByteCount(Golden.AsSpan(0, at + after.Length));
        byte[] bytes = [.. golden[..cut], .. Encoding.UTF8.GetBytes(text), .. Convert.FromHexString(hex), .. golden[cut..]];
        DeclarationUtf8Reader.TryRead(bytes, 0, bytes.Length, XmlLimits.Default).ShouldBeNull(name);
        new DeclarationXmlReader().Read(bytes).Report.Issues.ShouldContain(static i => i.Severity == ValidationSeverity.Error, name);
    }

    /// <summary>The fast way checks a text's bytes when it converts it, so a builder that left a field unread would let malformed bytes through.</summary>
    [Fact]
    public void Builders_ConvertEveryField()
    {
        ConvertsEveryField(DeclarationFields.DeclarationHead, DeclarationBlocks.DeclarationHead);
        ConvertsEveryField(DeclarationFields.DeclarationGoods, static f => DeclarationBlocks.DeclarationGoods(f, export: true, []));
        ConvertsEveryField(DeclarationFields.DeclarationGoods, static f => DeclarationBlocks.DeclarationGoods(f, export: false, []));
        ConvertsEveryField(DeclarationFields.GoodsLicence, static f => DeclarationBlocks.GoodsLicence(f, []));
        ConvertsEveryField(DeclarationFields.LicenceVehicle, DeclarationBlocks.LicenceVehicle);
        ConvertsEveryField(DeclarationFields.DeclarationContainer, DeclarationBlocks.DeclarationContainer);
        ConvertsEveryField(DeclarationFields.AttachedLicence, DeclarationBlocks.AttachedLicence);
        ConvertsEveryField(DeclarationFields.RequestedCertificate, DeclarationBlocks.RequestedCertificate);
        ConvertsEveryField(DeclarationFields.OtherPackage, DeclarationBlocks.OtherPackage);
        ConvertsEveryField(DeclarationFields.EnterpriseQualification, DeclarationBlocks.EnterpriseQualification);
        ConvertsEveryField(DeclarationFields.GoodsUser, DeclarationBlocks.GoodsUser);
        ConvertsEveryField(DeclarationFields.EnterprisePromise, DeclarationBlocks.EnterprisePromise);
        ConvertsEveryField(DeclarationFields.DeclarationSign, DeclarationBlocks.DeclarationSign);
        ConvertsEveryField(DeclarationFields.DeclarationFreeText, DeclarationBlocks.DeclarationFreeText);
        ConvertsEveryField(DeclarationFields.ElectronicDocument, DeclarationBlocks.ElectronicDocument);
        ConvertsEveryField(DeclarationFields.OriginCertificateRelation, DeclarationBlocks.OriginCertificateRelation);
    }

    [Fact]
    public void Read_Streams_GiveTheSameResultEveryWay()
    {
        var bytes = Encoding.UTF8.GetBytes(Golden);
        var reader = new DeclarationXmlReader();
        var expected = reader.Read(bytes).Value;
        using var memory = new MemoryStream(bytes);
        reader.Read(memory).Value.ShouldBe(expected);
        memory.Position.ShouldBe(bytes.Length);
        using var lying = new LengthStream(bytes, length: 100);
        reader.Read(lying).Value.ShouldBe(expected);
        Slow(bytes).Value.ShouldBe(expected);
    }

    [Fact]
    public void TryRead_LimitsTheFastWayCannotCheck_LeaveItToTheSlowWay()
    {
        var bytes = Encoding.UTF8.GetBytes(Golden);
        DeclarationUtf8Reader.TryRead(bytes, 0, bytes.Length, new XmlLimits { MaxCharacters = bytes.Length - 1 }).ShouldBeNull();
        DeclarationUtf8Reader.TryRead(bytes, 0, bytes.Length, new XmlLimits { MaxDepth = 6 }).ShouldBeNull();
        new DeclarationXmlReader(new XmlLimits { MaxCharacters = 100 }).Read(bytes).Report.Issues.ShouldContain(static i => i.Code == "XML002");
    }

    [Fact]
    public void Numbers_ReadFromBytes_MatchTheGeneralParser()
    {
        var text = Gen.ListOf(Gen.Elements("0", "1", "9", "5", ".", "-", "+", " ", "e", ",", "00", "12345678901234567890")).Select(static parts => string.Concat(parts));
        Check.One(Config, Prop.ForAll(text.ToArbitrary(), value =>
        {
            var bytes = Encoding.UTF8.GetBytes(value);
            var cursor = new Utf8XmlCursor();
            cursor.Open(bytes, 0, bytes.Length);
            var fields = new Utf8FieldValues<DeclarationGoods>(cursor, DeclarationFields.DeclarationGoods);
            fields.Reset();
            fields.Set(3, 0, bytes.Length, escaped: false); // DeclPrice
            fields.Set(14, 0, bytes.Length, escaped: false); // GNo
            fields.Set(2, 0, bytes.Length, escaped: false); // ContrItem
            var parsed = XmlFormat.TryParseDecimal(value, out var expected);
            var number = fields.Decimal(3);
            if (value.Length > 64)
            {
                // Longer than any number the fast way converts: it gives up and the general parser reads the document.
                cursor.Failed.ShouldBeTrue(value);
                return;
            }

            if (value.Length == 0 || !parsed)
            {
                number.ShouldBeNull();
            }
            else
            {
                number.ShouldNotBeNull();
                decimal.GetBits(number.Value).ShouldBe(decimal.GetBits(expected), value);
            }

            fields.Int32(14).ShouldBe(XmlFormat.TryParseInteger(value, out var whole) ? whole : null);
            fields.Int64(2).ShouldBe(XmlFormat.TryParseLong(value, out var big) ? big : null);
            cursor.Failed.ShouldBe(value.Length > 0 && !(parsed && XmlFormat.TryParseInteger(value, out _) && XmlFormat.TryParseLong(value, out _)));
        }));
    }

    [Fact]
    public void Read_FiftyLines_MakesEachRepeatedTextOnce()
    {
        var sample = ExportDeclarationSample.Create();
        var goods = Enumerable.Range(1, 50).Select(i => sample.Goods[0] with { ItemNumber = i, GoodsEnglishName = "Notebook computer, 16 GB" }).ToList();
        var bytes = new DeclarationXmlWriter().Write(sample with { Goods = goods });
        var read = DeclarationUtf8Reader.TryRead(bytes, 0, bytes.Length, XmlLimits.Default)!;
        read.Goods.Select(static g => g.GoodsName).Distinct(ReferenceEqualityComparer.Instance).Count().ShouldBe(1);
        read.Goods.Select(static g => g.GoodsEnglishName).Distinct(ReferenceEqualityComparer.Instance).Count().ShouldBe(1);
        read.Goods.Select(static g => g.DeclaredUnit).Distinct(ReferenceEqualityComparer.Instance).Count().ShouldBe(1);
        read.ShouldBe(sample with { Goods = goods });
    }

    private static void ConvertsEveryField<T>(XmlBlock<T> block, Func<FieldValues<T>, T> build)
    {
        var values = new RecordingValues<T>(block);
        build(values);
        values.Converted.Order().ShouldBe(Enumerable.Range(0, block.Fields.Length), block.Tags.Element);
    }

    private static byte[] WithoutCharacterReferences(byte[] xml) =>
        Encoding.UTF8.GetBytes(Regex.Replace(Encoding.UTF8.GetString(xml), "&#x?[0-9A-Fa-f]+;", string.Empty));

    private static ReadResult<CustomsDeclaration> Slow(byte[] bytes) => new DeclarationXmlReader().Read(new LengthStream(bytes, length: null));

    /// <summary>Replaces the first element <paramref name="element"/> (its start tag only for the root, the declaration for <c>?xml</c>).</summary>
    private static string Replace(string xml, string element, string replacement)
    {
        var start = xml.IndexOf("<" + element, StringComparison.Ordinal);
        var end = element switch
        {
            "?xml" => xml.IndexOf("?>", StringComparison.Ordinal) + 2,
            "DecMessage" => xml.IndexOf('>', start) + 1,
            _ => xml.IndexOf($"</{element}>", start, StringComparison.Ordinal) + element.Length + 3,
        };
        return xml[..start] + replacement + xml[end..];
    }

    private static Gen<Func<byte[], byte[]>> Damage() =>
        Gen.OneOf(
            from at in Gen.Choose(0, 10_000)
            from text in Gen.Elements(Insertions)
            select (Func<byte[], byte[]>)(b => [.. b[..(at % (b.Length + 1))], .. Encoding.UTF8.GetBytes(text), .. b[(at % (b.Length + 1))..]]),
            from at in Gen.Choose(0, 10_000)
            from length in Gen.Choose(1, 12)
            select (Func<byte[], byte[]>)(b => b.Length == 0 ? b : [.. b[..(at % b.Length)], .. b[Math.Min(b.Length, (at % b.Length) + length)..]]),
            from at in Gen.Choose(0, 10_000)
            from value in Gen.Choose(0, 255)
            select (Func<byte[], byte[]>)(b =>
            {
                var copy = b.ToArray();
                if (copy.Length > 0)
                {
                    copy[at % copy.Length] = (byte)value;
                }

                return copy;
            }));

    /// <summary>A stream that cannot seek (the slow way), or that says it is shorter than it is.</summary>
    private sealed class LengthStream(byte[] bytes, long? length) : MemoryStream(bytes)
    {
        public override bool CanSeek => length is not null;

        public override long Length => length ?? base.Length;
    }

    /// <summary>Records which fields a builder converts.</summary>
    private sealed class RecordingValues<T>(XmlBlock<T> block) : FieldValues<T>(block)
    {
        public HashSet<int> Converted { get; } = [];

        public override string? String(int index) => Record<string>(index);

        public override decimal? Decimal(int index) => Record<decimal?>(index);

        public override int? Int32(int index) => Record<int?>(index);

        public override long? Int64(int index) => Record<long?>(index);

        public override DateOnly? Date(int index) => Record<DateOnly?>(index);

        private TValue? Record<TValue>(int index)
        {
            Converted.Add(index);
            return default;
        }
    }
}
