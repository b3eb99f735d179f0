using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Gateway.Sdk.Xml;

namespace Gateway.Sdk.Tests.Xml;

public class XmlFormatTests
{
    [Theory]
    [InlineData("12.3400", "12.34")]
    [InlineData("120.50000", "120.5")]
    [InlineData("0.00001", "0.00001")]
    [InlineData("100", "100")]
    [InlineData("1E2", "100")]
    [InlineData("-0.0", "0")]
    [InlineData("79228162514264337593543950335", "79228162514264337593543950335")]
    [InlineData("0.0000000000000000000000000001", "0.0000000000000000000000000001")]
    public void Decimal_WritesTheShortestExactFormWithoutExponent(string input, string expected) =>
        XmlFormat.Decimal(decimal.Parse(input, NumberStyles.Float, CultureInfo.InvariantCulture)).ShouldBe(expected);

    [Fact]
    public void Decimal_AgreesWithTheCustomFormatForAnyValue() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(5000), Prop.ForAll(
            (from lo in ArbMap.Default.GeneratorFor<int>()
             from mid in Gen.Frequency((1, Gen.Constant(0)), (3, ArbMap.Default.GeneratorFor<int>()))
             from hi in Gen.Frequency((2, Gen.Constant(0)), (1, Gen.Choose(0, int.MaxValue)))
             from negative in ArbMap.Default.GeneratorFor<bool>()
             from scale in Gen.Choose(0, 28)
             select new decimal(lo, mid, hi, negative, (byte)scale)).ToArbitrary(),
            value => XmlFormat.Decimal(value).ShouldBe(value.ToString("0.############################", CultureInfo.InvariantCulture))));
}
