/// The parts of a URL path that name a person (QA review 23: `facebook.com/john.smith.1985`,
/// `linkedin.com/in/janedoe-123` and `example.com/u/alice` were kept).
///
/// Two rules, applied by `ByteScanner.url` with its policy (the tail from the first personal part
/// on becomes one `[URL]`, the scheme, host and the path before it stay):
/// - the segment after a profile marker (`/u/`, `/user/`, `/users/`, `/profile/`, `/people/`,
///   `/member/`, `/author/` …; on LinkedIn also `/in/` and `/pub/`), and a segment that starts with
///   `@` or `~` (`/@alice`, `/~bob`), on any host;
/// - on the hosts of social networks, where the first path segment is the account
///   (`facebook.com/john.smith.1985`, `instagram.com/alice_b`, `x.com/bob`), that segment, unless
///   it names one of the site's own pages (`/help`, `/groups`, `/watch` …: `sitePages`).
enum ProfileURLs {
  /// Path segments after which the next segment names a person. Lower case.
  static let markers: Set<String> = [
    "u", "user", "users", "profile", "profiles", "people", "person", "member", "members", "author", "authors",
    "usr",
  ]

  /// Markers that name a person only on one host (LinkedIn's `/in/` and `/pub/`; elsewhere `/in/`
  /// is a language or region).
  static let hostMarkers: [String: Set<String>] = ["linkedin.com": ["in", "pub"]]

  /// Whether `segment` (lower case) is a profile marker on `social` (a social domain or nil).
  static func isMarker(_ segment: String, on social: String?) -> Bool {
    markers.contains(segment) || social.flatMap { hostMarkers[$0]?.contains(segment) } == true
  }

  /// Social networks whose first path segment is an account (registrable domains, lower case).
  static let socialHosts: Set<String> = [
    "facebook.com", "fb.com", "instagram.com", "twitter.com", "x.com", "tiktok.com", "linkedin.com",
    "github.com", "gitlab.com", "youtube.com", "reddit.com", "pinterest.com", "snapchat.com", "t.me",
    "threads.net", "medium.com", "vk.com", "xing.com", "twitch.tv", "soundcloud.com", "flickr.com",
    "tumblr.com", "onlyfans.com", "patreon.com", "wa.me", "m.me", "bsky.app", "mastodon.social", "quora.com",
    "strava.com", "vimeo.com", "behance.net", "dribbble.com", "linktr.ee", "ko-fi.com", "buymeacoffee.com",
  ]

  /// First path segments of those hosts that are the site's own pages, not accounts. Lower case.
  static let sitePages: Set<String> = [
    "help", "about", "legal", "privacy", "policies", "policy", "terms", "settings", "login", "signup",
    "register", "search", "explore", "hashtag", "watch", "groups", "group", "events", "pages", "marketplace",
    "business", "ads", "jobs", "careers", "gaming", "feed", "home", "notifications", "messages", "share",
    "sharer", "sharer.php", "dialog", "plugins", "i", "intent", "company", "school", "pulse", "r", "topics",
    "topic", "trending", "tag", "tags", "results", "playlist", "shorts", "channel", "c", "live", "stories",
    "reel", "reels", "p", "status", "story.php", "photo.php", "permalink.php", "profile.php",
    "features", "pricing", "enterprise", "security", "contact", "support", "blog", "news", "download",
    "downloads", "apps", "app", "en", "de", "fr", "es", "it", "pl", "nl", "pt",
  ]
}

extension ByteScanner {
  /// The social-network domain (`ProfileURLs.socialHosts`) that the lower-cased `host` is or is a
  /// subdomain of (`www.facebook.com`, `m.facebook.com`; not `notfacebook.com`), if any.
  func socialDomain(of host: String) -> String? {
    var suffix = Substring(host)
    while true {
      if ProfileURLs.socialHosts.contains(String(suffix)) { return String(suffix) }
      guard let dot = suffix.firstIndex(of: ".") else { return nil }
      suffix = suffix[suffix.index(after: dot)...]
    }
  }
}
