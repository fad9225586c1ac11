/// What the web-page extractor knows about HTML and about how sites name their
/// parts (data, apart from the engine in Corpus/HTMLExtractor.swift).
public struct HTMLLexicon: Sendable {
    /// Elements whose content is never text (scripts, styles, embedded media).
    public var skippedTags: Set<String>
    /// Elements that hold paragraphs: the candidates for the article's container.
    public var containerTags: Set<String>
    /// Elements that make a block of their own text.
    public var blockTags: Set<String>
    /// Blocks that count as paragraphs when scoring containers ("div": text directly
    /// in a container, as pages laid out with <br> have it).
    public var scoredTags: Set<String>
    /// Elements that are site chrome by what they are.
    public var boilerplateTags: Set<String>
    /// ARIA roles of site chrome.
    public var boilerplateRoles: Set<String>
    /// Elements never marked as chrome by their class (the page's own wrappers).
    public var neverChromeTags: Set<String>
    /// Words in class or id names that mark site chrome (navigation, share bars,
    /// comments, related links, cookie notices, footers, ads). A name matches a word
    /// when one of its parts (split at - _ :) is the word, or begins with it for
    /// words of five letters or more; a hyphenated word matches the joined name.
    public var boilerplateClassWords: [String]
    /// Words that keep an element from being chrome by class (Readability's rule:
    /// a "comment-content" or "main-sidebar-column" may hold the article).
    public var contentClassWords: [String]
    /// Words in class or id that mark the article's body.
    public var articleClassWords: [String]
    public var captionClassWords: [String]
    public var bylineClassWords: [String]

    func isBoilerplate(_ names: [[UInt8]]) -> Bool { matchers.boilerplate.matches(names) && !matchers.content.matches(names) }
    func isArticleBody(_ names: [[UInt8]]) -> Bool { matchers.article.matches(names) }
    func isCaption(_ names: [[UInt8]]) -> Bool { matchers.caption.matches(names) }
    func isByline(_ names: [[UInt8]]) -> Bool { matchers.byline.matches(names) }

    /// The word lists compiled for matching class names as bytes.
    var matchers: Matchers {
        Matchers(boilerplate: ClassWordMatcher(boilerplateClassWords), content: ClassWordMatcher(contentClassWords),
                 article: ClassWordMatcher(articleClassWords), caption: ClassWordMatcher(captionClassWords),
                 byline: ClassWordMatcher(bylineClassWords))
    }

    struct Matchers {
        var boilerplate, content, article, caption, byline: ClassWordMatcher
    }

    public static let english = HTMLLexicon(
        skippedTags: ["script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "canvas", "button",
                      "select", "option", "input", "textarea", "video", "audio", "picture", "source", "map", "head"],
        containerTags: ["body", "div", "section", "article", "main", "td", "th", "ul", "ol", "dl", "table", "tbody", "thead",
                        "figure", "header", "footer", "nav", "aside", "form", "center", "blockquote", "details", "menu"],
        blockTags: ["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre", "figcaption", "caption", "dt", "dd",
                    "address", "tr", "summary", "hr"],
        scoredTags: ["p", "pre", "td", "dd", "li", "blockquote", "div", "section", "article", "main", "body", "text"],
        boilerplateTags: ["nav", "footer", "aside", "menu", "dialog"],
        boilerplateRoles: ["navigation", "menu", "menubar", "complementary", "contentinfo", "dialog", "alertdialog", "search",
                           "banner"],
        neverChromeTags: ["html", "body", "main", "article", "a", "p", "h1"],
        boilerplateClassWords: ["nav", "navbar", "navigation", "menu", "footer", "sidebar", "widget", "share", "sharing",
                                "social", "comment", "comments", "related", "recommended", "promo", "advert", "ad", "ads",
                                "sponsor", "cookie", "consent", "gdpr", "newsletter", "subscribe", "signup", "sign-up",
                                "paywall", "breadcrumb", "masthead", "banner", "popup", "modal", "toolbar", "tags",
                                "pagination", "pager", "skip", "login", "search", "trending", "most-read",
                                "more-stories", "outbrain", "taboola", "disqus", "reply", "replies", "respond", "author-bio",
                                "copyright", "site-header", "site-footer", "topbar", "top-bar", "shoutbox", "skyscraper",
                                "supplemental", "community", "dialog", "overlay", "drawer", "offcanvas", "remark", "combx", "rss", "agegate", "print", "follow"],
        contentClassWords: ["article", "body", "column", "content", "main", "shadow", "story", "entry", "post"],
        articleClassWords: ["article-body", "articlebody", "article-content", "article-text", "story-body", "storybody",
                            "post-content", "entry-content", "post-body", "main-content", "story-content", "content-body",
                            "body-text", "rich-text", "post-entry", "article-main", "story-text"],
        captionClassWords: ["caption", "credit", "wp-caption"],
        bylineClassWords: ["byline", "author-name", "by-line", "article-author", "post-author", "writer", "author"]
    )
}

/// Matches class and id names (lower-case bytes) against a word list: a name
/// matches when one of its parts (split at - _ : .) is a word, or begins with a
/// word of five letters or more; a hyphenated word matches the name with its
/// separators removed ("site-header" in "site__header").
struct ClassWordMatcher: Sendable {
    var exact: Set<[UInt8]> = []
    var prefixes: [[UInt8]] = []
    var joined: [[UInt8]] = []

    init(_ words: [String]) {
        for w in words {
            let bytes = Array(w.utf8)
            if bytes.contains(UInt8(ascii: "-")) {
                joined.append(bytes.filter { $0 != UInt8(ascii: "-") })
            } else {
                exact.insert(bytes)
                if bytes.count >= 5 { prefixes.append(bytes) }
            }
        }
    }

    static func isSeparator(_ b: UInt8) -> Bool {
        b == UInt8(ascii: "-") || b == UInt8(ascii: "_") || b == UInt8(ascii: ":") || b == UInt8(ascii: ".")
    }

    func matches(_ names: [[UInt8]]) -> Bool {
        for name in names {
            var start = 0
            var i = 0
            while i <= name.count {
                if i == name.count || ClassWordMatcher.isSeparator(name[i]) {
                    if i > start {
                        let part = name[start..<i]
                        if exact.contains(Array(part)) { return true }
                        for p in prefixes where part.count > p.count && part.starts(with: p) { return true }
                    }
                    start = i + 1
                }
                i += 1
            }
            if !joined.isEmpty {
                let compact = name.filter { !ClassWordMatcher.isSeparator($0) }
                for w in joined where compact.count >= w.count {
                    // A plain byte search (names are short).
                    var k = 0
                    while k + w.count <= compact.count {
                        if compact[k] == w[0] && compact[k..<(k + w.count)].elementsEqual(w) { return true }
                        k += 1
                    }
                }
            }
        }
        return false
    }
}
