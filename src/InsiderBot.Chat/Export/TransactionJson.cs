using System.Text.Encodings.Web;
using System.Text.Json;

namespace InsiderBot.Chat.Export;

/// <summary>
/// An export as JSON: <c>schema</c>, <c>version</c>, the subject, the window, the answer's totals and every transaction
/// with the fields of <see cref="ExportField.All"/> (a missing value is <c>null</c>, an empty list <c>[]</c>).
/// </summary>
public static class TransactionJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Write(ExportDocument document)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("schema", ExportDocument.SchemaName);
            json.WriteNumber("version", ExportDocument.SchemaVersion);
            json.WriteStartObject("subject");
            json.WriteString("kind", document.Subject.Kind);
            json.WriteNumber("cik", document.Subject.Cik);
            json.WriteString("name", document.Subject.Name);
            Value(json, "ticker", document.Subject.Ticker);
            json.WriteEndObject();
            json.WriteStartObject("window");
            Value(json, "from", document.From);
            Value(json, "to", document.To);
            json.WriteEndObject();
            var s = document.Summary;
            json.WriteStartObject("summary");
            json.WriteNumber("transactions", s.Transactions);
            json.WriteNumber("trades", s.Trades);
            json.WriteNumber("purchases", s.Purchases);
            json.WriteNumber("purchase_value", s.PurchaseValue);
            json.WriteNumber("sales", s.Sales);
            json.WriteNumber("sale_value", s.SaleValue);
            json.WriteNumber("discretionary_sale_value", s.DiscretionarySaleValue);
            json.WriteNumber("mechanical_sale_value", s.MechanicalSaleValue);
            json.WriteNumber("flagged", s.Flagged);
            json.WriteEndObject();
            json.WriteStartArray("transactions");
            foreach (var row in document.Transactions)
            {
                json.WriteStartObject();
                foreach (var field in ExportField.All) Value(json, field.Name, field.Value(row));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    private static void Value(Utf8JsonWriter json, string name, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNull(name);
                break;
            case string s:
                json.WriteString(name, s);
                break;
            case IReadOnlyList<string> list:
                json.WriteStartArray(name);
                foreach (var item in list) json.WriteStringValue(item);
                json.WriteEndArray();
                break;
            case DateOnly d:
                json.WriteString(name, d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                break;
            case bool b:
                json.WriteBoolean(name, b);
                break;
            case decimal m:
                json.WriteNumber(name, m);
                break;
            case long l:
                json.WriteNumber(name, l);
                break;
            default:
                throw new InvalidOperationException($"Export field {name} has no JSON form for {value.GetType().Name}.");
        }
    }
}
