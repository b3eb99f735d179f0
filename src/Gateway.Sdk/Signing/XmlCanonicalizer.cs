using System.Text;
using System.Xml;

namespace Gateway.Sdk.Signing;

/// <summary>Canonicalizes a document or an element subtree with Canonical XML 1.0 or Exclusive XML Canonicalization 1.0.</summary>
/// <remarks>
/// Implements W3C REC-xml-c14n-20010315 and REC-xml-exc-c14n-20020718 for the node-sets XML-Signature
/// builds from <c>URI=""</c> and <c>URI="#id"</c> references: a whole document or one element subtree,
/// optionally minus one element (the enveloped signature). Arbitrary XPath node-sets are not supported.
/// Load documents with <see cref="XmlDocument.PreserveWhitespace"/> set, or whitespace is lost.
/// </remarks>
public static class XmlCanonicalizer
{
    private const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";
    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";

    /// <summary>Canonicalizes <paramref name="node"/> (a document or an element) with the given method.</summary>
    /// <param name="node">An <see cref="XmlDocument"/> or an <see cref="XmlElement"/>; an element keeps the namespace context of its ancestors.</param>
    /// <param name="algorithm">One of <see cref="XmlDsig.C14N"/>, <see cref="XmlDsig.C14NWithComments"/>, <see cref="XmlDsig.ExcC14N"/>, <see cref="XmlDsig.ExcC14NWithComments"/>.</param>
    /// <param name="inclusivePrefixes">For exclusive canonicalization, the InclusiveNamespaces PrefixList (<c>#default</c> for the default namespace).</param>
    /// <returns>The canonical UTF-8 octets.</returns>
    /// <exception cref="ArgumentException"><paramref name="algorithm"/> is not a canonicalization method the SDK implements, or <paramref name="node"/> is neither a document nor an element.</exception>
    public static byte[] Canonicalize(XmlNode node, string algorithm, IEnumerable<string>? inclusivePrefixes = null)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(algorithm);
        if (!XmlDsig.IsCanonicalization(algorithm))
        {
            throw new ArgumentException($"'{algorithm}' is not a canonicalization method the SDK implements (C14N 1.0 or Exclusive C14N 1.0).", nameof(algorithm));
        }

        return Canonicalize(node, algorithm, algorithm.EndsWith("WithComments", StringComparison.Ordinal), null, inclusivePrefixes);
    }

    /// <summary>Canonicalizes with an explicit comment choice and an element left out (the enveloped signature).</summary>
    internal static byte[] Canonicalize(XmlNode node, string algorithm, bool withComments, XmlNode? excluded, IEnumerable<string>? inclusivePrefixes)
    {
        if (node is not XmlDocument and not XmlElement)
        {
            throw new ArgumentException("Only a document or an element can be canonicalized.", nameof(node));
        }

        var exclusive = algorithm is XmlDsig.ExcC14N or XmlDsig.ExcC14NWithComments;
        var prefixes = exclusive && inclusivePrefixes is not null
            ? inclusivePrefixes.Select(p => p == "#default" ? string.Empty : p).ToHashSet(StringComparer.Ordinal)
            : null;
        var writer = new Writer(exclusive, withComments, excluded, prefixes);
        writer.Write(node);
        return Encoding.UTF8.GetBytes(writer.Output.ToString());
    }

    private sealed class Writer(bool exclusive, bool withComments, XmlNode? excluded, HashSet<string>? inclusivePrefixes)
    {
        private static readonly Dictionary<string, string> Empty = new(StringComparer.Ordinal);

        public StringBuilder Output { get; } = new();

        public void Write(XmlNode node)
        {
            if (node is XmlElement apex)
            {
                WriteElement(apex, InScope(apex.ParentNode as XmlElement), Empty, apex: true);
                return;
            }

            var afterRoot = false;
            foreach (XmlNode child in node.ChildNodes)
            {
                switch (child)
                {
                    case XmlElement element:
                        WriteElement(element, Empty, Empty, apex: false);
                        afterRoot = true;
                        break;
                    case XmlProcessingInstruction or XmlComment when child is XmlProcessingInstruction || withComments:
                        if (afterRoot)
                        {
                            Output.Append('\n');
                        }

                        WriteOther(child);
                        if (!afterRoot)
                        {
                            Output.Append('\n');
                        }

                        break;
                }
            }
        }

        private static Dictionary<string, string> InScope(XmlElement? element)
        {
            var chain = new List<XmlElement>();
            for (var e = element; e is not null; e = e.ParentNode as XmlElement)
            {
                chain.Add(e);
            }

            var scope = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = chain.Count - 1; i >= 0; i--)
            {
                AddDeclarations(chain[i], ref scope);
            }

            return scope;
        }

        private static void AddDeclarations(XmlElement element, ref Dictionary<string, string> scope)
        {
            var copied = false;
            foreach (XmlAttribute attribute in element.Attributes)
            {
                if (attribute.NamespaceURI != XmlnsNamespace)
                {
                    continue;
                }

                var prefix = attribute.Prefix.Length == 0 ? string.Empty : attribute.LocalName;
                if (prefix == "xml")
                {
                    continue;
                }

                if (!copied)
                {
                    scope = new Dictionary<string, string>(scope, StringComparer.Ordinal);
                    copied = true;
                }

                scope[prefix] = attribute.Value;
            }
        }

        private void WriteElement(XmlElement element, Dictionary<string, string> parentScope, Dictionary<string, string> rendered, bool apex)
        {
            if (ReferenceEquals(element, excluded))
            {
                return;
            }

            var scope = parentScope;
            AddDeclarations(element, ref scope);

            var declarations = new SortedDictionary<string, string>(StringComparer.Ordinal);
            if (exclusive)
            {
                Consider(element.Prefix, scope, rendered, declarations);
                foreach (XmlAttribute attribute in element.Attributes)
                {
                    if (attribute.NamespaceURI != XmlnsNamespace && attribute.Prefix.Length > 0)
                    {
                        Consider(attribute.Prefix, scope, rendered, declarations);
                    }
                }

                if (inclusivePrefixes is not null)
                {
                    foreach (var prefix in inclusivePrefixes)
                    {
                        if (scope.ContainsKey(prefix) || prefix.Length == 0)
                        {
                            Consider(prefix, scope, rendered, declarations);
                        }
                    }
                }
            }
            else
            {
                foreach (var (prefix, uri) in scope)
                {
                    Consider(prefix, scope, rendered, declarations);
                }

                if (!scope.ContainsKey(string.Empty))
                {
                    Consider(string.Empty, scope, rendered, declarations);
                }
            }

            var attributes = new List<XmlAttribute>();
            foreach (XmlAttribute attribute in element.Attributes)
            {
                if (attribute.NamespaceURI != XmlnsNamespace)
                {
                    attributes.Add(attribute);
                }
            }

            if (apex && !exclusive)
            {
                InheritXmlAttributes(element, attributes);
            }

            attributes.Sort(static (a, b) =>
            {
                var byNamespace = string.CompareOrdinal(a.NamespaceURI, b.NamespaceURI);
                return byNamespace != 0 ? byNamespace : string.CompareOrdinal(a.LocalName, b.LocalName);
            });

            Output.Append('<').Append(element.Name);
            foreach (var (prefix, uri) in declarations)
            {
                Output.Append(prefix.Length == 0 ? " xmlns=\"" : $" xmlns:{prefix}=\"");
                AppendAttributeValue(uri);
                Output.Append('"');
            }

            foreach (var attribute in attributes)
            {
                Output.Append(' ').Append(attribute.Name).Append("=\"");
                AppendAttributeValue(attribute.Value);
                Output.Append('"');
            }

            Output.Append('>');

            var childRendered = rendered;
            if (declarations.Count > 0)
            {
                childRendered = new Dictionary<string, string>(rendered, StringComparer.Ordinal);
                foreach (var (prefix, uri) in declarations)
                {
                    childRendered[prefix] = uri;
                }
            }

            if (!exclusive)
            {
                // Inclusive c14n compares with everything in scope at the nearest output ancestor, rendered or not.
                childRendered = scope.ContainsKey(string.Empty) ? scope : new Dictionary<string, string>(scope, StringComparer.Ordinal) { [string.Empty] = string.Empty };
            }

            WriteChildren(element, scope, childRendered);
            Output.Append("</").Append(element.Name).Append('>');
        }

        private void WriteChildren(XmlNode parent, Dictionary<string, string> scope, Dictionary<string, string> rendered)
        {
            foreach (XmlNode child in parent.ChildNodes)
            {
                switch (child)
                {
                    case XmlElement element:
                        WriteElement(element, scope, rendered, apex: false);
                        break;
                    case XmlText or XmlCDataSection or XmlWhitespace or XmlSignificantWhitespace:
                        AppendText(child.Value ?? string.Empty);
                        break;
                    case XmlEntityReference:
                        WriteChildren(child, scope, rendered);
                        break;
                    case XmlProcessingInstruction:
                        WriteOther(child);
                        break;
                    case XmlComment when withComments:
                        WriteOther(child);
                        break;
                }
            }
        }

        private static void Consider(string prefix, Dictionary<string, string> scope, Dictionary<string, string> rendered, SortedDictionary<string, string> declarations)
        {
            if (prefix == "xml")
            {
                return;
            }

            var uri = scope.GetValueOrDefault(prefix, string.Empty);
            if (prefix.Length == 0 && uri.Length == 0)
            {
                // xmlns="" is output only to undo a non-empty default namespace of an output ancestor.
                if (rendered.TryGetValue(string.Empty, out var outer) && outer.Length > 0)
                {
                    declarations[prefix] = uri;
                }

                return;
            }

            if (!rendered.TryGetValue(prefix, out var previous) || previous != uri)
            {
                declarations[prefix] = uri;
            }
        }

        private static void InheritXmlAttributes(XmlElement element, List<XmlAttribute> attributes)
        {
            for (var ancestor = element.ParentNode as XmlElement; ancestor is not null; ancestor = ancestor.ParentNode as XmlElement)
            {
                foreach (XmlAttribute attribute in ancestor.Attributes)
                {
                    if (attribute.NamespaceURI == XmlNamespace && !attributes.Exists(a => a.NamespaceURI == XmlNamespace && a.LocalName == attribute.LocalName))
                    {
                        attributes.Add(attribute);
                    }
                }
            }
        }

        private void WriteOther(XmlNode node)
        {
            if (node is XmlProcessingInstruction pi)
            {
                Output.Append("<?").Append(pi.Target);
                if (!string.IsNullOrEmpty(pi.Data))
                {
                    Output.Append(' ').Append(pi.Data);
                }

                Output.Append("?>");
            }
            else
            {
                Output.Append("<!--").Append(node.Value).Append("-->");
            }
        }

        private void AppendText(string text)
        {
            foreach (var c in text)
            {
                _ = c switch
                {
                    '&' => Output.Append("&amp;"),
                    '<' => Output.Append("&lt;"),
                    '>' => Output.Append("&gt;"),
                    '\r' => Output.Append("&#xD;"),
                    _ => Output.Append(c),
                };
            }
        }

        private void AppendAttributeValue(string value)
        {
            foreach (var c in value)
            {
                _ = c switch
                {
                    '&' => Output.Append("&amp;"),
                    '<' => Output.Append("&lt;"),
                    '"' => Output.Append("&quot;"),
                    '\t' => Output.Append("&#x9;"),
                    '\n' => Output.Append("&#xA;"),
                    '\r' => Output.Append("&#xD;"),
                    _ => Output.Append(c),
                };
            }
        }
    }
}
