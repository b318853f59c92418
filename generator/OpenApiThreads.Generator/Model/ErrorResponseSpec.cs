namespace OpenApiThreads.Generator.Model;

/// <summary>
/// One error response the document declares: its status (<c>404</c>, <c>4XX</c> or <c>default</c>), its description,
/// which failure messages quote, and the JSON type of its body when it has its own.
/// </summary>
internal sealed record ErrorResponseSpec(string Code, string? Description, TypeRef? Type)
{
    public bool IsDefault => Code == "default";

    /// <summary>A range such as <c>4XX</c>: its first digit, else null.</summary>
    public int? RangeDigit => Code.Length == 3 && (Code[1] is 'X' or 'x') && (Code[2] is 'X' or 'x') && Code[0] is >= '1' and <= '5' ? Code[0] - '0' : null;

    /// <summary>An exact status such as <c>404</c>, else null.</summary>
    public int? Status => int.TryParse(Code, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int status) ? status : null;
}
