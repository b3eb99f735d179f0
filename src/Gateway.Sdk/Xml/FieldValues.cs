using Gateway.Sdk.Codes;
using Gateway.Sdk.Validation;

namespace Gateway.Sdk.Xml;

/// <summary>Holds the leaf values read for one block and converts them to model types, reporting values that do not convert.</summary>
internal class FieldValues<T>
{
    private readonly ReadSession? _state;
    private readonly string _xpath = string.Empty;
    private readonly string _propertyPath = string.Empty;
    private readonly WireContext _context;
    private readonly (string? Text, int Line, int Column)[] _values = [];
    private List<XmlExtension>? _extensions;

    public FieldValues(ReadSession state, string xpath, string propertyPath, XmlBlock<T> block, WireContext context)
    {
        (_state, _xpath, _propertyPath, Block, _context) = (state, xpath, propertyPath, block, context);
        _values = new (string?, int, int)[block.Fields.Length];
    }

    /// <summary>Initializes a subclass that keeps the values itself.</summary>
    protected FieldValues(XmlBlock<T> block) => Block = block;

    public IReadOnlyList<XmlExtension> Extensions => _extensions ?? (IReadOnlyList<XmlExtension>)[];

    public XmlBlock<T> Block { get; }

    /// <summary>Stores a value; a repeated element is reported and ignored.</summary>
    public void Add(int index, string text, int line, int column)
    {
        var name = Block.Fields[index].Name;
        if (_values[index].Text is not null)
        {
            _state!.Add("XML006", ValidationSeverity.Error, $"{name} appears twice in {Element}; keep one", $"{_xpath}/{name}", null, line, column);
            return;
        }

        _values[index] = (text, line, column);
        if (_state!.Positions is not null)
        {
            _state.Record($"{_xpath}/{name}", line, column);
        }
    }

    public void AddExtension(XmlExtension extension, int line, int column)
    {
        (_extensions ??= []).Add(extension);
        _state!.Add("XML010", ValidationSeverity.Warning, $"{extension.Name} is not an element the SDK knows in {Element}; it is kept as is (check the spelling, or the specification version)", $"{_xpath}/{extension.Name}", null, line, column);
    }

    public virtual string? String(int index) => _values[index].Text;

    public virtual decimal? Decimal(int index) => Convert<decimal>(index, XmlFormat.TryParseDecimal, "DEC003", DecimalProblem);

    public virtual int? Int32(int index) => Convert<int>(index, XmlFormat.TryParseInteger, "DEC003", Int32Problem);

    public virtual long? Int64(int index) => Convert<long>(index, XmlFormat.TryParseLong, "DEC003", Int64Problem);

    public virtual DateOnly? Date(int index) => Convert<DateOnly>(index, XmlFormat.TryParseDate, "DEC003", DateProblem);

    public HsCode? Hs(int index) => Convert<HsCode>(index, HsCode.TryParse, "DEC010", "is not an HS code: write the 10-digit commodity code, such as 8471300000");

    public CustomsCode? Customs(int index) => Convert<CustomsCode>(index, CustomsCode.TryParse, "DEC017", "is not a customs code: write the 10-character enterprise customs code");

    public UnifiedSocialCreditCode? CreditCode(int index) => Convert<UnifiedSocialCreditCode>(index, UnifiedSocialCreditCode.TryParse, "DEC016", "is not a valid unified social credit code: 18 characters whose last is the GB 32100 check character; check for a typing error");

    public ContainerNumber? Container(int index) => Convert<ContainerNumber>(index, ContainerNumber.TryParse, "DEC015", "is not a valid ISO 6346 container number: owner code, U/J/Z/R, 6 digits and the check digit; check for a typing error");

    public CurrencyCode? Currency(int index) => Convert<CurrencyCode>(index, CurrencyCode.TryParse, "DEC004", "is not a currency code: write three upper-case letters such as USD");

    public CountryCode? Country(int index) => Convert<CountryCode>(index, CountryCode.TryParse, "DEC004", "is not a country code: write three upper-case letters (or digits) such as CHN");

    public TradeDirection? Direction(int index) => Convert<TradeDirection>(index, static (string? t, out TradeDirection d) =>
    {
        d = t == "E" ? TradeDirection.Export : TradeDirection.Import;
        return t is "I" or "E";
    }, "DEC004", "is not an import/export flag: write I (import) or E (export)");

    public Documents.Declarations.DeclarationType? Type(int index) =>
        String(index) is { } text ? Documents.Declarations.DeclarationType.FromRaw(text) : null;

    protected const string DecimalProblem = "is not a number: write digits with a '.' decimal point and no grouping, such as 1234.5";

    protected const string Int32Problem = "is not a whole number the SDK can hold: digits only (a leading - is read), at most 2147483647";

    protected const string Int64Problem = "is not a whole number the SDK can hold: digits only (a leading - is read), at most 9223372036854775807";

    protected const string DateProblem = "is not a date: write yyyyMMdd, such as 20261122";

    /// <summary>Reports that a field's text does not convert.</summary>
    protected virtual void Invalid(int index, string text, string code, string problem)
    {
        var v = _values[index];
        var name = Block.Fields[index].Name;
        _state!.Add(code, ValidationSeverity.Error, $"{name} '{XmlFormat.Excerpt(text)}' {problem}", $"{_xpath}/{name}", $"{_propertyPath}.{Block.Fields[index].PropertyFor(_context)}", v.Line, v.Column);
    }

    private string Element => _xpath[(_xpath.LastIndexOf('/') + 1)..];

    private TValue? Convert<TValue>(int index, IdentifierFormat.TryParser<TValue> parse, string code, string problem)
        where TValue : struct
    {
        if (String(index) is not { Length: > 0 } text)
        {
            return null;
        }

        if (parse(text, out var value))
        {
            return value;
        }

        Invalid(index, text, code, problem);
        return null;
    }
}
