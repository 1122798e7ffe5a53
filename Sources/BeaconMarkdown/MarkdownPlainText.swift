import CCmark

/// Markdown written where plain text is wanted (a `summary:`, a share message) read as a
/// reader sees it: libcmark parses it and only the text of its nodes is kept, so `**`,
/// link targets, code ticks and raw HTML never reach a WeChat message.
public enum MarkdownPlainText {
    /// The text of `markdown`, blocks joined by a space, runs of white space made one.
    public static func of(_ markdown: String) -> String {
        let doc = CMarkDocument(markdown, options: CMARK_OPT_VALIDATE_UTF8)
        CJKSoftBreaks.remove(in: doc)
        let text = CMarkDocument.plain(doc.root)
        var out = ""
        var pendingSpace = false
        for ch in text {
            if ch.isWhitespace { pendingSpace = !out.isEmpty; continue }
            if pendingSpace { out.append(" "); pendingSpace = false }
            out.append(ch)
        }
        return out
    }
}
