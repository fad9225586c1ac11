/// What the web-page extractor knows about HTML and about how sites name their
/// parts (data, apart from the engine in Corpus/HTMLExtractor.swift).
public struct HTMLLexicon: Sendable {
    /// Elements whose content is never text (scripts, styles, embedded media).
    public var skippedTags: Set<String>
    /// Elements that embed another document or a player ("a heading over an empty
    /// box that a script fills").
    public var embedTags: Set<String>
    /// A form's or a widget's controls (a box around one with little text is a widget).
    public var controlTags: Set<String>
    /// Pictures, and the wrappers that make a figure of a picture and a short text
    /// beside it (a caption with no <figure> or class to say so).
    public var pictureTags: Set<String>
    public var captionBoxTags: Set<String>
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
    /// Wording of a site's own notices that sit inside the article's container with no
    /// class to mark them: subscription and app pitches, social "follow" prompts,
    /// copyright and reprint lines, advertising and affiliate disclosures, disclaimers,
    /// "related posts" and letters-to-the-editor calls. A short block holding one of
    /// these phrases (lower case, whole words) is boilerplate.
    public var noticePhrases: [String]
    /// Words a short block starts with when it is such a notice ("Follow … on Twitter",
    /// "Explore further", "Read more …").
    public var noticeOpeners: [String]
    /// A block that starts with "follow" and names one of these is a social prompt
    /// ("Follow The Gleaner on Twitter and Instagram").
    public var socialNetworks: [String]
    /// Labels of a page's furniture lines ("Last Modified: …", "Category : Press
    /// Releases", "Release Date:"): a short block with one of these followed by a
    /// colon is not the article's text; nor is a reading time ("5 min read").
    public var metadataLabels: [String]
    public var readingTimeUnits: [String]
    /// A line that says only this ("- Advertisement -", "Sponsored") marks an ad slot.
    public var adLabels: [String]
    /// A share bar's words ("Social Share", "Share this:", "Share on Facebook Tweet
    /// Email"): a short line made only of these and network names, with a verb of
    /// the first list in it.
    public var shareVerbs: [String]
    public var shareWords: [String]
    /// A counter line ("37 views", "12 comments"): a number and one of these, alone.
    public var counterWords: [String]
    /// An author's biography at the edge of an article ("Jane Doe is a senior writer
    /// for …"): a name, then "is a/an/the", then within a few words one of these.
    public var bioRoleWords: [String]
    /// Headings of a section of links to other pages ("Related", "You may also
    /// like", "More from …"), which ends an article: the whole heading (lower case,
    /// a trailing colon dropped) is one of these, or starts with one that ends in
    /// a space.
    public var linkSectionHeadings: [String]
    /// A heading that starts with one of these and ends with one of the nouns after
    /// names such a section too ("More Great WIRED Stories", "Other articles").
    public var linkSectionOpeners: [String]
    public var linkSectionNouns: [String]
    /// The whole of the line that closes a teaser of another page ("Read more",
    /// "Read the rest", "Continue reading"; lower case, end punctuation and arrows
    /// dropped). Two teasers in a row (a headline, a few lines, such a line) are a
    /// list of other posts.
    public var teaserClosers: [String] = []
    /// Words between a metadata label and its date ("Posted on April 22, 2022").
    public var stampLinkWords: [String]
    /// Blocks that are cells of a table or items of a list (data, not prose lines).
    public var tabularTags: Set<String>

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
        embedTags: ["iframe", "video", "audio", "embed", "object"],
        controlTags: ["button", "input", "select", "textarea"],
        pictureTags: ["img", "picture"],
        captionBoxTags: ["div", "span"],
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
        bylineClassWords: ["byline", "author-name", "by-line", "article-author", "post-author", "writer", "author"],
        noticePhrases: ["subscribe now", "please subscribe", "subscribe to our", "already a subscriber",
                        "sign up here", "sign up for our", "sign up to our", "signing up to our", "signing up for our",
                        "join our free", "join our newsletter", "our free newsletter", "to your inbox", "in your inbox",
                        "straight to your phone", "get the latest news", "our newsletter", "our newsletters", "email digest",
                        "be the first to know",
                        "to continue reading", "access to the full article", "subscription content", "subscribers only",
                        "click here", "you agree to our", "you agree to the", "view all posts by", "see all posts by",
                        "more posts by", "like loading",
                        "log in for immediate access", "to view the full story", "for the full story", "for ios and android", "download our app", "download the app",
                        "all rights reserved", "written permission", "copyrighted property",
                        "may receive compensation", "may earn a commission", "earn a small commission", "affiliate links",
                        "advertising disclosure", "advertising disclaimer",
                        "does not offer medical advice", "not intended to be a substitute", "is not responsible for the opinions",
                        "we want to hear what you think", "submit a letter to the editor", "submit your letter",
                        "thank you for supporting"],
        noticeOpeners: ["explore further", "related posts", "related articles", "related stories",
                        "read more", "scroll to read more", "recommended for you", "you may also like", "like this:",
                        "similar articles", "similar posts", "similar stories",
                        "©", "copyright ©", "(c) copyright"],
        socialNetworks: ["twitter", "facebook", "instagram", "linkedin", "tiktok", "youtube", "whatsapp", "telegram", "threads",
                         "bluesky", "mastodon"],
        metadataLabels: ["last modified", "last updated", "updated", "release date", "news date", "date posted", "posted",
                         "published", "category", "categories", "filed under", "tags", "created", "views", "comments",
                         "asked", "answered", "edited", "modified"],
        readingTimeUnits: ["min", "mins", "minute", "minutes"],
        adLabels: ["advertisement", "advertisements", "advertising", "sponsored", "sponsored content", "ad", "ads", "anzeige"],
        shareVerbs: ["share", "shares", "sharing", "tweet", "email", "e-mail", "print", "pin", "post"],
        shareWords: ["this", "article", "story", "page", "post", "on", "via", "social", "copy", "link", "url", "and", "or",
                     "the", "with", "friends", "a", "friend"],
        counterWords: ["view", "views", "comment", "comments", "share", "shares", "like", "likes", "reply", "replies",
                       "response", "responses", "read", "reads", "access", "accesses", "citation", "citations", "download",
                       "downloads"],
        bioRoleWords: ["writer", "editor", "reporter", "correspondent", "journalist", "columnist", "contributor",
                       "expert", "founder", "co-founder", "author", "blogger", "consultant", "freelance", "freelancer",
                       "professor", "producer", "photographer", "critic"],
        linkSectionHeadings: ["related", "related posts", "related articles", "related stories", "related content",
                              "related coverage", "related reading", "related news", "related links", "related topics",
                              "read next", "read more", "what to read next", "up next", "more stories", "more news",
                              "more articles", "more like this", "more to explore", "more from ", "more in ", "more on ",
                              "other stories", "you may also like", "you might also like", "you may like",
                              "you might like", "you may also be interested in", "recommended", "recommended for you",
                              "recommended stories", "recommended reading", "most read", "most popular", "popular posts",
                              "popular stories", "trending", "trending now", "latest news", "latest stories",
                              "latest posts", "recent posts", "editor's picks", "editors' picks", "don't miss", "topics",
                              "keep reading"],
        linkSectionOpeners: ["more", "other", "related", "recommended", "popular", "latest", "trending", "top", "recent"],
        linkSectionNouns: ["stories", "articles", "posts", "news", "reads", "reading", "videos", "coverage", "links",
                           "headlines"],
        teaserClosers: ["read more", "read the rest", "continue reading", "keep reading", "read full article",
                        "read full story", "read the full article", "read the full story", "read article", "read story",
                        "full story", "read post", "more"],
        stampLinkWords: ["on", "at"],
        tabularTags: ["td", "th", "tr", "li", "dd", "dt", "tbody", "thead", "table", "ul", "ol", "dl"]
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

/// Reads a short block's wording for the site's own notices (see `HTMLLexicon.noticePhrases`).
struct NoticeWording: Sendable {
    enum Verdict { case none, notice, caption, bio, stamp }

    private var phrases: [String: [[String]]] = [:]
    private let openers: [String]
    private let captionOpeners: [String]
    private let social: Set<String>
    private let roles: Set<String>
    private let labels: [[Unicode.Scalar]]
    private let readingUnits: Set<String>
    private let sectionHeadings: [String]
    private let teaserClosers: Set<String>
    private let sectionOpeners: Set<String>
    private let sectionNouns: Set<String>
    private let counters: Set<String>
    private let adLabels: Set<String>
    private let shareVerbs: Set<String>
    private let shareWords: Set<String>

    /// `credits`: what a credit line starts with ("Credit: …", "Photo: …", also in
    /// parentheses), a caption; the segmentation lexicon's list.
    init(_ lexicon: HTMLLexicon, credits: [String] = SegmentationLexicon.english.creditOpeners) {
        for p in lexicon.noticePhrases {
            let w = NoticeWording.words(p).map(\.lower)
            if let first = w.first { phrases[first, default: []].append(w) }
        }
        openers = lexicon.noticeOpeners
        captionOpeners = credits
        social = Set(lexicon.socialNetworks)
        roles = Set(lexicon.bioRoleWords)
        labels = lexicon.metadataLabels.map { Array($0.unicodeScalars) }
        readingUnits = Set(lexicon.readingTimeUnits)
        sectionHeadings = lexicon.linkSectionHeadings
        teaserClosers = Set(lexicon.teaserClosers)
        sectionOpeners = Set(lexicon.linkSectionOpeners)
        sectionNouns = Set(lexicon.linkSectionNouns)
        counters = Set(lexicon.counterWords)
        adLabels = Set(lexicon.adLabels)
        shareVerbs = Set(lexicon.shareVerbs)
        shareWords = Set(lexicon.shareWords)
    }

    /// The words of a text: runs of letters, digits, hyphens and apostrophes, with
    /// their lower-case form and whether they start with a capital letter.
    static func words(_ text: String) -> [(lower: String, capital: Bool)] {
        var out: [(String, Bool)] = []
        var cur = String.UnicodeScalarView()
        var capital = false
        func end() {
            if !cur.isEmpty { out.append((String(cur), capital)); cur = String.UnicodeScalarView() }
        }
        for s in text.unicodeScalars {
            let v = s.value
            if v < 0x80 {
                // (ASCII without the Unicode property tables: most of every page)
                if v >= 0x41 && v <= 0x5A {
                    if cur.isEmpty { capital = true }
                    cur.append(Unicode.Scalar(UInt8(v + 32)))
                } else if (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39) {
                    if cur.isEmpty { capital = false }
                    cur.append(s)
                } else if !cur.isEmpty && (v == 0x2D || v == 0x27) {
                    cur.append(s)
                } else {
                    end()
                }
            } else if s.properties.isAlphabetic {
                if cur.isEmpty { capital = s.properties.isUppercase }
                cur.append(s)
            } else if v == 0x2019 && !cur.isEmpty {
                cur.append("'")
            } else {
                end()
            }
        }
        end()
        return out
    }

    /// How a block (collapsed text) reads; `atEdge` when it stands before the main
    /// text's first long paragraph or among its last blocks (where a biography is one).
    func read(_ text: String, atEdge: Bool) -> Verdict {
        let n = text.unicodeScalars.count
        guard n <= 900 else { return .none }
        if NoticeWording.mixesScripts(text) { return .notice }
        let words = NoticeWording.words(text)
        if n <= 400 {
            let lower = text.lowercased()
            let bare = lower.hasPrefix("(") ? String(lower.dropFirst()) : lower
            for o in captionOpeners where bare.hasPrefix(o) { return .caption }
            // An opener heads a line, not a sentence: "Read more than a thousand pages…"
            // (which ends as a sentence does) is the article's.
            let endsSentence = text.unicodeScalars.last.map { ".!?\"\u{201D}".unicodeScalars.contains($0) } ?? false
            for o in openers where !endsSentence && lower.hasPrefix(o) {
                // A whole-word opener: "Read more", not "Read moreover".
                let next = lower.unicodeScalars.dropFirst(o.unicodeScalars.count).first
                if next.map({ !$0.properties.isAlphabetic }) ?? true { return .notice }
            }
            if n <= 120 && isFurniture(words, text) { return .notice }
            if n <= 40, !words.isEmpty, adLabels.contains(words.map(\.lower).joined(separator: " ")) { return .notice }
            if n <= 80, words.contains(where: { shareVerbs.contains($0.lower) }),
               words.allSatisfy({ shareVerbs.contains($0.lower) || shareWords.contains($0.lower) || social.contains($0.lower) }) {
                return .notice
            }
            // A site's name alone ("BVINEWS.COM"): a source line, a credit.
            if n <= 40, NoticeWording.isDomainName(text) { return .caption }
            if words.first?.lower == "follow", words.contains(where: { social.contains($0.lower) }) { return .notice }
            // A paragraph of three sentences or more (and some length) that ends with a
            // pitch is the article's own text; its first sentence must carry the notice.
            let sentences = NoticeWording.sentenceEnds(text)
            let checked = sentences.count >= 3 && n > 300 ? NoticeWording.words(String(text.unicodeScalars.prefix(sentences[0]))) : words
            if holdsPhrase(checked) { return .notice }
        }
        if atEdge, isBiography(words) { return .bio }
        return .none
    }

    /// Whether a line is only a domain name ("example.com", "BVINEWS.COM").
    static func isDomainName(_ text: String) -> Bool {
        // (one case throughout: "BVINEWS.COM", "example.com"; not a brand "A.Word.A.Day")
        guard text == text.lowercased() || text == text.uppercased() else { return false }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 2, let tld = parts.last, (2...6).contains(tld.count),
              tld.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("A"..."Z").contains($0) }) else { return false }
        return parts.allSatisfy { p in
            !p.isEmpty && p.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
        }
    }

    /// Words that mix Latin and Cyrillic letters ("Yоur" with a Cyrillic о): text
    /// written to slip past filters (advertising, spam), never an article's.
    static func mixesScripts(_ text: String) -> Bool {
        var mixed = 0, latin = false, cyrillic = false
        func end() { if latin && cyrillic { mixed += 1 }; latin = false; cyrillic = false }
        for c in text.unicodeScalars {
            let v = c.value
            if (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) { latin = true }
            else if v >= 0x400 && v <= 0x4FF { cyrillic = true }
            else if !c.properties.isAlphabetic { end() }
        }
        end()
        return mixed >= 2
    }

    /// Whether the words hold one of the notice phrases (a pitch, a disclaimer).
    private func holdsPhrase(_ words: [(lower: String, capital: Bool)]) -> Bool {
        for i in words.indices {
            guard let candidates = phrases[words[i].lower] else { continue }
            for p in candidates where i + p.count <= words.count {
                var k = 1
                while k < p.count && words[i + k].lower == p[k] { k += 1 }
                if k == p.count { return true }
            }
        }
        return false
    }

    /// Whether a short block is a pitch or disclaimer by its wording (not by an
    /// opener such as "Read more", which stands alone between paragraphs).
    func isPitch(_ text: String) -> Bool {
        text.unicodeScalars.count <= 400 && holdsPhrase(NoticeWording.words(text))
    }

    /// Whether a line is only the link that closes a teaser ("Read more »", "READ
    /// THE REST", "Continue reading…").
    func closesTeaser(_ line: String) -> Bool {
        guard line.unicodeScalars.count <= 40 else { return false }
        let words = NoticeWording.words(line).map(\.lower)
        return !words.isEmpty && teaserClosers.contains(words.joined(separator: " "))
    }

    /// Whether a heading names a section of links to other pages ("Related:",
    /// "More from The Times"; see `HTMLLexicon.linkSectionHeadings`).
    func opensLinkSection(_ heading: String) -> Bool {
        guard heading.unicodeScalars.count <= 60 else { return false }
        var text = heading.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
        while let last = text.last, last == ":" || last == " " || last == "." { text.removeLast() }
        for h in sectionHeadings {
            if h.hasSuffix(" ") ? (text.hasPrefix(h) && text.count > h.count) : text == h { return true }
        }
        // "More Great WIRED Stories", "Other articles", "Top news": an opening word and a
        // closing noun of such sections, at most four words (not a headline, "Top
        // officials deny the stories").
        let words = NoticeWording.words(text).map(\.lower)
        if words.count >= 2, words.count <= 4, let first = words.first, let last = words.last,
           sectionOpeners.contains(first), sectionNouns.contains(last) { return true }
        return false
    }

    /// A label followed by a colon ("Last Modified:", "Category : …") or a reading
    /// time ("5 min read").
    private func isFurniture(_ words: [(lower: String, capital: Bool)], _ text: String) -> Bool {
        // "37 views", "1,204 comments" (the number's comma splits it into words)
        if words.count >= 2, words.count <= 3, let last = words.last, counters.contains(last.lower),
           words.dropLast().allSatisfy({ $0.lower.unicodeScalars.allSatisfy { ("0"..."9").contains($0) } }),
           text.unicodeScalars.count <= 24 {
            return true
        }
        for i in 2..<max(2, words.count) where words[i].lower == "read" && readingUnits.contains(words[i - 1].lower)
            && words[i - 2].lower.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }) {
            return true
        }
        let lower = Array(text.lowercased().unicodeScalars)
        for label in labels {
            var i = 0
            while i + label.count <= lower.count {
                if lower[i] == label[0], i == 0 || !lower[i - 1].properties.isAlphabetic,
                   lower[i..<(i + label.count)].elementsEqual(label) {
                    var j = i + label.count
                    while j < lower.count && lower[j] == " " { j += 1 }
                    if j < lower.count && lower[j] == ":" { return true }
                }
                i += 1
            }
        }
        return false
    }

    /// Where the sentences of a short block end (scalar offsets after ". ", "! ", "? ").
    static func sentenceEnds(_ text: String) -> [Int] {
        var out: [Int] = []
        var prev: Unicode.Scalar = " "
        for (i, s) in text.unicodeScalars.enumerated() {
            if s == " " && (prev == "." || prev == "!" || prev == "?") { out.append(i) }
            prev = s
        }
        if prev != " " { out.append(text.unicodeScalars.count) }
        return out
    }

    /// "Jane Doe (Jr.) is a senior writer for …", "Walter Burnham … is professor
    /// emeritus of …": one to four capitalised words, "is" (or "was"), and a role word
    /// within the next six words.
    private func isBiography(_ words: [(lower: String, capital: Bool)]) -> Bool {
        var i = 0
        while i < words.count && i < 5 && words[i].capital { i += 1 }
        // (a parenthesis or dates between the name and "is": "(born 1930), is")
        var j = i
        while j < min(words.count, i + 3) && words[j].lower != "is" && words[j].lower != "was" { j += 1 }
        guard i >= 2, j < words.count, words[j].lower == "is" || words[j].lower == "was" else { return false }
        for k in (j + 1)..<min(words.count, j + 7) where roles.contains(words[k].lower) { return true }
        return false
    }
}
