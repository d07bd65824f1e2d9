// The build step between NSwag and the compiler (an inline task of src/MultiCloudClusters/MultiCloudClusters.csproj).
// It turns <Provider>Client.nswag.cs into the compiled <Provider>Client.g.cs and writes <Provider>JsonContext.g.cs:
//  - every path parameter goes through Http/PathSegment.cs (the one rule for path segments);
//  - NSwag's exception classes (and FileResponse) get the spec's access modifier (NSwag always writes them public);
//  - every System.Text.Json call goes through Http/GeneratedClientJson.cs, which reads and writes through the
//    source-generated JsonTypeInfo of the provider's context (no reflection-based serialization);
//  - ConvertToString (enum reflection in NSwag's version) becomes a call of Http/ParameterText.cs;
//  - what NSwag does on every call and need not (performance, issue 14): the copy of every response header into a
//    dictionary becomes Http/GeneratedResponseHeaders.cs (copied only if an exception reads it), the Accept value is
//    added as text instead of parsed, and the HTTP method is the shared HttpMethod instance instead of a new one;
//  - the provider's JsonSerializerContext lists every generated model and every answer and body type, so a new
//    spec model cannot be left out.
// Each rewrite checks what it found against what it expects and fails the build when NSwag's output changed, so a
// new NSwag version cannot slip reflection or an unrouted path parameter past it.
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

public sealed class ShapeGeneratedClient : Task
{
    private const string JsonHelper = "global::MultiCloudClusters.Http.GeneratedClientJson.";

    private const string ConvertToStringSignature = "private string ConvertToString(object? value, System.Globalization.CultureInfo cultureInfo)";

    // Members of the extension data and of untyped (object) members: what the hand-written layer puts there
    // (JsonElement copies of unknown members, the JsonObject of a merge patch) has to be known to the context too.
    private static readonly string[] ExtensionValueTypes =
    {
        "global::System.Text.Json.JsonElement",
        "global::System.Text.Json.Nodes.JsonNode",
        "global::System.Text.Json.Nodes.JsonObject",
        "global::System.Text.Json.Nodes.JsonArray",
    };

    /// <summary>NSwag's output.</summary>
    [Required]
    public string Source { get; set; }

    /// <summary>The compiled client.</summary>
    [Required]
    public string Destination { get; set; }

    /// <summary>The access modifier of the spec's generated types.</summary>
    [Required]
    public string Access { get; set; }

    /// <summary>The class name of the provider's JsonSerializerContext.</summary>
    [Required]
    public string JsonContext { get; set; }

    /// <summary>Where the context's declaration goes.</summary>
    [Required]
    public string JsonContextDestination { get; set; }

    public override bool Execute()
    {
        var text = File.ReadAllText(Source);
        var result = RoutePathParameters(text);
        result = result is null ? null : RestrictExceptionClasses(result);
        result = result is null ? null : RouteJson(result);
        result = result is null ? null : ReplaceConvertToString(result);
        result = result is null ? null : TrimPerCallCosts(result);
        if (result is null || !RefuseReflection(result))
        {
            return false;
        }

        var context = WriteJsonContext(result);
        if (context is null)
        {
            return false;
        }

        WriteAtomically(Destination, result);
        WriteAtomically(JsonContextDestination, context);
        return true;
    }

    // urlBuilder_.Append(System.Uri.EscapeDataString(ConvertToString(x, System.Globalization.CultureInfo.InvariantCulture)));
    // becomes a call of PathSegment.Encode("x", ...); the count must match the {placeholders} of the operation paths.
    private string RoutePathParameters(string text)
    {
        var statement = new Regex(@"urlBuilder_\.Append\(System\.Uri\.EscapeDataString\(ConvertToString\((@?)(\w+), System\.Globalization\.CultureInfo\.InvariantCulture\)\)\);");
        var rewritten = 0;
        var result = statement.Replace(text, m =>
        {
            rewritten++;
            return "urlBuilder_.Append(global::MultiCloudClusters.Http.PathSegment.Encode(\"" + m.Groups[2].Value + "\", ConvertToString(" + m.Groups[1].Value + m.Groups[2].Value + ", System.Globalization.CultureInfo.InvariantCulture)));";
        });
        var placeholders = 0;
        foreach (Match path in Regex.Matches(text, @"// Operation Path: ""([^""]*)"""))
        {
            placeholders += Regex.Matches(path.Groups[1].Value, @"\{[^}]+\}").Count;
        }

        if (rewritten != placeholders)
        {
            return Fail("{0} path parameters in the operation paths but {1} path statements rewritten", placeholders, rewritten);
        }

        return result;
    }

    private string RestrictExceptionClasses(string text)
    {
        if (Access == "public")
        {
            return text;
        }

        var exceptions = new Regex(@"public partial class (\w+ApiException|FileResponse)\b");
        var changed = exceptions.Matches(text).Count;
        if (changed < 2)
        {
            return Fail("expected the two exception classes NSwag writes, found {0}", changed);
        }

        return exceptions.Replace(text, Access + " partial class $1");
    }

    // GeneratedClientJson has the same methods, with the same parameters, as the JsonSerializer calls NSwag writes, so a
    // call NSwag starts to write and GeneratedClientJson lacks fails to compile instead of reaching reflection.
    private string RouteJson(string text)
    {
        const string serializer = "System.Text.Json.JsonSerializer.";
        var calls = Regex.Matches(text, Regex.Escape(serializer)).Count;
        if (calls == 0)
        {
            return Fail("found no {0} call to route through the provider's JSON context", serializer);
        }

        return text.Replace(serializer, JsonHelper);
    }

    private string ReplaceConvertToString(string text)
    {
        var start = text.IndexOf(ConvertToStringSignature, StringComparison.Ordinal);
        if (start < 0 || text.IndexOf(ConvertToStringSignature, start + 1, StringComparison.Ordinal) >= 0)
        {
            return Fail("expected exactly one '{0}'", ConvertToStringSignature);
        }

        var open = text.IndexOf('{', start);
        var depth = 0;
        var end = open;
        for (; end < text.Length; end++)
        {
            depth += text[end] == '{' ? 1 : text[end] == '}' ? -1 : 0;
            if (depth == 0)
            {
                break;
            }
        }

        if (open < 0 || end >= text.Length)
        {
            return Fail("the body of ConvertToString does not close");
        }

        return text.Substring(0, start)
            + ConvertToStringSignature + " => global::MultiCloudClusters.Http.ParameterText.Format(value, cultureInfo);"
            + text.Substring(end + 1);
    }

    private string TrimPerCallCosts(string text)
    {
        var sends = Regex.Matches(text, @"client_\.SendAsync\(request_,").Count;
        var headerCopy = new Regex(
            @"var headers_ = new System\.Collections\.Generic\.Dictionary<string, System\.Collections\.Generic\.IEnumerable<string>>\(\);\s*"
            + @"foreach \(var item_ in response_\.Headers\)\s*headers_\[item_\.Key\] = item_\.Value;\s*"
            + @"if \(response_\.Content != null && response_\.Content\.Headers != null\)\s*\{\s*"
            + @"foreach \(var item_ in response_\.Content\.Headers\)\s*headers_\[item_\.Key\] = item_\.Value;\s*\}");
        var copies = headerCopy.Matches(text).Count;
        if (copies != sends)
        {
            return Fail("{0} requests sent but {1} response-header copies found", sends, copies);
        }

        text = headerCopy.Replace(text, "var headers_ = new global::MultiCloudClusters.Http.GeneratedResponseHeaders(response_);");

        var accept = new Regex(@"request_\.Headers\.Accept\.Add\(System\.Net\.Http\.Headers\.MediaTypeWithQualityHeaderValue\.Parse\((""[^""]+"")\)\);");
        text = accept.Replace(text, "request_.Headers.TryAddWithoutValidation(\"Accept\", $1);");
        if (text.Contains("MediaTypeWithQualityHeaderValue.Parse("))
        {
            return Fail("an Accept header is added in a form this step does not know");
        }

        // Every model's extension data: NSwag's getter makes an empty dictionary on first read, so every object read
        // cost one more allocation as soon as anything looked at its (usually absent) unknown members. The serializer
        // makes the dictionary itself when an unknown member arrives (it reads null, then sets one); readers get null.
        var lazyExtension = new Regex(
            @"public System\.Collections\.Generic\.IDictionary<string, object> AdditionalProperties\s*\{\s*"
            + @"get \{ return _additionalProperties \?\? \(_additionalProperties = new System\.Collections\.Generic\.Dictionary<string, object>\(\)\); \}");
        var models = Regex.Matches(text, @"private System\.Collections\.Generic\.IDictionary<string, object>\? _additionalProperties;").Count;
        if (lazyExtension.Matches(text).Count != models)
        {
            return Fail("{0} models keep extension data but their getters are not in the form this step rewrites", models);
        }

        text = lazyExtension.Replace(text, "public System.Collections.Generic.IDictionary<string, object>? AdditionalProperties\n        {\n            get { return _additionalProperties; }");

        var methods = new Dictionary<string, string>
        {
            ["GET"] = "Get", ["POST"] = "Post", ["PUT"] = "Put", ["PATCH"] = "Patch", ["DELETE"] = "Delete", ["HEAD"] = "Head", ["OPTIONS"] = "Options",
        };
        var unknown = false;
        text = Regex.Replace(text, @"new System\.Net\.Http\.HttpMethod\(""(\w+)""\)", m =>
        {
            if (methods.TryGetValue(m.Groups[1].Value, out var name))
            {
                return "System.Net.Http.HttpMethod." + name;
            }

            unknown = true;
            return m.Value;
        });
        return unknown ? Fail("an HTTP method without a shared HttpMethod instance") : text;
    }

    private bool RefuseReflection(string text)
    {
        // The specs describe closed value sets as strings (providers add values): a generated enum would bring back
        // reflection-based conversion (JsonStringEnumConverter, EnumMember) that the rewrites here do not cover.
        var enumeration = Regex.Match(text, @"\b(?:public|internal) enum (\w+)");
        if (enumeration.Success)
        {
            Fail("the spec produced the enum {0}; describe its values as a string (generated enums are not AOT-safe here)", enumeration.Groups[1].Value);
            return false;
        }

        foreach (var reflective in new[] { "System.Reflection", "JsonStringEnumConverter", "System.Activator", "GetType()" })
        {
            if (text.Contains(reflective))
            {
                Fail("'{0}' is left in the generated client; extend the build step so it does not reach the compiled code", reflective);
                return false;
            }
        }

        return true;
    }

    private string WriteJsonContext(string text)
    {
        var ns = Regex.Match(text, @"^namespace ([\w.]+)", RegexOptions.Multiline);
        if (!ns.Success)
        {
            return Fail("found no namespace");
        }

        var types = new List<string>();
        foreach (Match model in Regex.Matches(text, @"\[System\.CodeDom\.Compiler\.GeneratedCode\(""NJsonSchema""[^\]]*\]\s*(?:public|internal) partial class (\w+)\b"))
        {
            types.Add(model.Groups[1].Value);
        }

        var classes = Regex.Matches(text, @"(?:public|internal) partial class (\w+)\b(?!<)").Count;
        var nonModels = Regex.Matches(text, @"(?:public|internal) partial class (?:\w+ApiClient|\w+ApiException|FileResponse)\b(?!<)").Count;
        if (types.Count == 0 || types.Count + nonModels != classes)
        {
            return Fail("{0} classes but {1} models and {2} clients and exceptions; every generated class must be one of them", classes, types.Count, nonModels);
        }

        foreach (Match answer in Regex.Matches(text, @"ReadObjectResponseAsync<([^(]+)>\(response_"))
        {
            types.Add(answer.Groups[1].Value);
        }

        var bodies = Regex.Matches(text, Regex.Escape(JsonHelper) + @"SerializeToUtf8Bytes\((\w+),");
        foreach (Match body in bodies)
        {
            var name = body.Groups[1].Value;
            var signatureStart = text.LastIndexOf("public virtual async ", body.Index, StringComparison.Ordinal);
            var signature = signatureStart < 0 ? string.Empty : text.Substring(signatureStart, text.IndexOf('\n', signatureStart) - signatureStart);
            var parameter = Regex.Match(signature, @"([\w.]+(?:<[^()]*?>)?)\?? " + name + @"\b");
            if (!parameter.Success)
            {
                return Fail("found no declaration of the body parameter '{0}' before offset {1}", name, body.Index);
            }

            types.Add(parameter.Groups[1].Value);
        }

        var code = new StringBuilder()
            .AppendLine("//----------------------")
            .AppendLine("// <auto-generated>")
            .AppendLine("//     Written by the ShapeGeneratedClient build step from " + Path.GetFileName(Destination) + ".")
            .AppendLine("// </auto-generated>")
            .AppendLine("//----------------------")
            .AppendLine("#nullable enable")
            .AppendLine()
            .AppendLine("namespace " + ns.Groups[1].Value)
            .AppendLine("{")
            .AppendLine("    /// <summary>Source-generated JSON metadata of every model, answer and body of the generated client.</summary>")
            .AppendLine("    [global::System.Text.Json.Serialization.JsonSourceGenerationOptions(")
            .AppendLine("        DefaultIgnoreCondition = global::MultiCloudClusters.Http.GeneratedClientJson.IgnoreCondition,")
            .AppendLine("        PropertyNameCaseInsensitive = global::MultiCloudClusters.Http.GeneratedClientJson.CaseInsensitive)]");
        foreach (var type in types.Select(t => Regex.Replace(t, @"(?<![\w.:])System\.", "global::System.")).Concat(ExtensionValueTypes).Distinct(StringComparer.Ordinal))
        {
            code.AppendLine("    [global::System.Text.Json.Serialization.JsonSerializable(typeof(" + type + "))]");
        }

        return code
            .AppendLine("    " + Access + " sealed partial class " + JsonContext + " : global::System.Text.Json.Serialization.JsonSerializerContext")
            .AppendLine("    {")
            .AppendLine("    }")
            .AppendLine("}")
            .ToString();
    }

    // Logs the error and returns null, the "failed" result of every rewrite.
    private string Fail(string message, params object[] args)
    {
        Log.LogError(Source + ": " + string.Format(message, args) + "; NSwag's output changed, update build/ShapeGeneratedClient.cs.");
        return null;
    }

    private static void WriteAtomically(string path, string text)
    {
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, text);
        File.Copy(temporary, path, true);
        File.Delete(temporary);
    }
}
