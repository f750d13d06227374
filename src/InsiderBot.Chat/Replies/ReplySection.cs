using System.Text.Json.Serialization;

namespace InsiderBot.Chat.Replies;

/// <summary>One part of a reply. Platforms render each kind their own way; plain text renders all of them.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(TextSection), "text")]
[JsonDerivedType(typeof(FieldsSection), "fields")]
[JsonDerivedType(typeof(ItemsSection), "items")]
[JsonDerivedType(typeof(TableSection), "table")]
public abstract record ReplySection;
