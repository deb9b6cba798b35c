import Tokenization

/// The default profile's rule 42 (see `FeedbackRules.swift` for the list): a wait stated with its
/// duration.
extension DefaultProfileScorer {
  // MARK: Rule 42

  /// `Unit.entry` of a wait of a quarter of an hour or more, stated in minutes (rule 42); not an
  /// index into the valence entries.
  static let minutesWaitEntry: Int32 = -16
  /// `Unit.entry` of a wait of an hour or more (rule 42); not an index into the valence entries.
  static let hoursWaitEntry: Int32 = -17

  /// How long a stated wait is.
  private enum WaitLength {
    /// Fifteen minutes or more, under an hour ("40 minutes", "half an hour").
    case minutes
    /// An hour or more ("2 hours", "an hour", "3 days", "weeks").
    case hours
  }

  /// "Waited 40 minutes past my appointment time", "a 2-hour wait", "the wait was 50 minutes",
  /// "queued for over an hour", "after 3 hours waiting" (QA review 43: the lexicon's "wait" (−0.5)
  /// and "waited" (−1.0) said a fifty-minute wait as mildly as any wait, so "Reception staff lovely
  /// but the wait was 50 minutes" came out positive). A unit that holds a word of waiting
  /// (`waitWords`: the lexicon term "waited", the phrase "had to wait", or a word no term uses),
  /// with a duration right after it (across "for", "over", a number, "a couple of" …, or "was",
  /// "of"; or after a short place: "sat on the tarmac for 2 hours"; the number may be written
  /// together with its unit: "waited 45mins", "sat for 3hrs") or right before it ("40 minute wait", "hour-long wait"), scores
  /// `SentimentParameters.longWaitValence` for fifteen minutes up to an hour, and
  /// `hoursWaitValence` for an hour or more — when that is stronger than its own value. Minutes
  /// need a number of at least fifteen ("waited 5 minutes" is no complaint). Not after a negator
  /// or "only"/"just" ("only waited 20 minutes"), not with "less"/"under" in the quantity
  /// ("waited less than 20 minutes"), and never a positive phrase ("didn't have to wait", "waited
  /// with me for an hour").
  mutating func markTimedWaits(_ text: TokenizedText) {
    guard let firstUnit = units.first, let lastUnit = units.last else { return }
    let start = firstUnit.start
    let end = lastUnit.start + lastUnit.length
    for index in units.indices {
      let unit = units[index]
      let current: Double
      switch unit.kind {
      case .valence where unit.entry >= 0:
        current = tables.valence(ofEntry: unit.entry)
      case .neutral where unit.entry == -1:
        current = 0
      default:
        continue
      }
      guard current <= 0, unit.length <= 3,
        (unit.start..<(unit.start + unit.length)).contains(where: {
          mayBeWord($0, of: .waitWords) && Self.isWord(text, $0, in: Self.waitWords)
        })
      else { continue }
      if followsNegatorOrSmallWait(text, index) { continue }
      var stated = waitLength(text, after: unit.start + unit.length, end: end)
      if stated == nil { stated = waitLength(text, before: unit.start, start: start) }
      guard let length = stated else { continue }
      let value = length == .hours ? parameters.hoursWaitValence : parameters.longWaitValence
      guard value < current else { continue }
      units[index].kind = .valence
      units[index].entry = length == .hours ? Self.hoursWaitEntry : Self.minutesWaitEntry
    }
  }

  /// "Took me 20 minutes to find the button", "it took us 3 hours", "taking me over an hour to get
  /// through": time the writer spent is a wait too (QA review 44). "took"/"takes"/"taking"/"taken"
  /// right before "me"/"us" and a duration, scored as rule 42 scores a wait; not after a negator or
  /// "only"/"just" ("only took me 10 minutes"), not under fifteen minutes, not "less than". So is
  /// time spent ("spent", "spend" …) and a duration when waiting or chasing follows it
  /// (`namesWaiting`: "Spent 2 hrs on hold", "spent an hour trying to get through"; review h65d),
  /// not time spent at anything else ("spent two hours browsing") nor a time judged well.
  ///
  /// Without "me"/"us", the time a service step took is a wait when the step is named as the
  /// subject right before the verb ("Check-in took 45 minutes", "Drinks took 20 minutes", "the
  /// check-in process took an hour": `serviceSteps`) and no "to" and another verb follows the
  /// duration ("My order took 2 hours to assemble"), or when what the duration was spent waiting
  /// for follows it (`awaitedService`: "It took 40 minutes to get a table", "The taxi took 40
  /// minutes to arrive", "took 30 minutes for someone to answer"). The duration is in minutes or
  /// hours, or days for a reply ("It took 5 days to get a response"; a delivery's days may be
  /// quick: "My order took 2 days to arrive"). Not in a sentence that judges the time well
  /// (`judgesTimeWell`: "Security took 15 minutes, super quick", "which is normal for a Friday").
  /// A duration alone is no wait: "The tour took two hours", "It took 2 hours to get there".
  @inline(never)
  mutating func markSpentTime(_ text: TokenizedText) {
    guard let firstUnit = units.first, let lastUnit = units.last else { return }
    let start = firstUnit.start
    let end = lastUnit.start + lastUnit.length
    for index in units.indices where units[index].kind == .neutral && units[index].length == 1 {
      let verb = units[index].start
      guard verb + 1 < end, mayBeWord(verb, of: .spentTimeVerbs), Self.isWord(text, verb, in: Self.spentTimeVerbs)
      else { continue }
      if followsNegatorOrSmallWait(text, index) { continue }
      let length: WaitLength
      if Self.isWord(text, verb, in: Self.spendVerbs) {
        // "Spent 2 hrs on hold", "spent 45 minutes trying to get through": time spent waiting or
        // chasing; not "spent 2 hours browsing".
        guard let spent = statedDuration(text, after: verb + 1, end: end),
          Self.namesWaiting(text, after: spent.end, end: end), !judgesTimeWell(text)
        else { continue }
        length = spent.length
      } else if verb + 2 < end, Self.isWord(text, verb + 1, in: Self.spentTimeObjects) {
        guard let spent = statedDuration(text, after: verb + 2, end: end) else { continue }
        length = spent.length
      } else {
        guard let taken = statedDuration(text, after: verb + 1, end: end) else { continue }
        let awaited = awaitedService(text, from: taken.end + 1, end: end)
        let days = Self.statesDays(text, taken.end)
        let named =
          !days && namesServiceStep(text, before: verb, start: start)
          && !Self.infinitiveFollows(text, taken.end + 1, end)
        guard named || awaited == .reply || (awaited == .service && !days), !judgesTimeWell(text) else { continue }
        length = taken.length
      }
      units[index].kind = .valence
      units[index].entry = length == .hours ? Self.hoursWaitEntry : Self.minutesWaitEntry
    }
  }

  /// "Finally spoke to a human after 45 minutes", "eventually got through after an hour", "After 3
  /// weeks I finally got my refund": a duration after "after", with "finally" or "eventually" in
  /// the same clause (no punctuation or "and"/"but" between them), is a wait (rule 42), scored on
  /// the "after". Not "after only 20 minutes", not under fifteen minutes, not years ("finally after
  /// 20 years I own a house"), not a duration of an activity ("after 2 hours of hiking", "after an
  /// hour-long consultation"; "after 45 minutes of waiting" is the wait's own), not where the
  /// sentence already states the wait ("after 2 hours on hold", "a 2 hour wait") or judges it well.
  @inline(never)
  mutating func markLateOutcome(_ text: TokenizedText) {
    guard let firstUnit = units.first, let lastUnit = units.last else { return }
    let start = firstUnit.start
    let end = lastUnit.start + lastUnit.length
    // A wait the sentence names is scored there (rule 42's waits, the lexicon's "on hold").
    guard
      !(start..<end).contains(where: {
        (mayBeWord($0, of: .waitWords) && Self.isWord(text, $0, in: Self.waitWords))
          || Self.norm(of: text, $0, is: "hold")
      }),
      !judgesTimeWell(text)
    else { return }
    for index in units.indices where units[index].kind == .neutral && units[index].length == 1 {
      let after = units[index].start
      guard Self.norm(of: text, after, is: "after"), let taken = statedDuration(text, after: after + 1, end: end),
        !Self.statesYears(text, taken.end), !Self.namesActivity(text, after: taken.end, end: end),
        lateOutcomeAdverbInClause(text, around: after, start: start, end: end)
      else { continue }
      units[index].kind = .valence
      units[index].entry = taken.length == .hours ? Self.hoursWaitEntry : Self.minutesWaitEntry
    }
  }

  /// "Forty minutes to get through to someone", "An hour to speak to a manager", "3 hours to get
  /// hold of the agent", "20 minutes to get an answer" (review h55b: a duration that opens the
  /// sentence, with no word of waiting, was no complaint): a sentence that opens with a duration of
  /// fifteen minutes or more, right before what was awaited (`awaitedService`: "to get through", "to
  /// get hold of", "to speak to" a person, "to get an answer"), scores the duration word as rule 42
  /// scores a wait. Not under fifteen minutes ("5 minutes to get through"), not "only"/"just" or
  /// "less than", not a trip ("Two hours to get to the airport": nothing awaited), and not in a
  /// sentence that judges the time well ("30 minutes to get through security, very efficient").
  @inline(never)
  mutating func markOpeningDuration(_ text: TokenizedText) {
    guard let firstUnit = units.first, let lastUnit = units.last, firstUnit.kind == .neutral else { return }
    let start = firstUnit.start
    let end = lastUnit.start + lastUnit.length
    // The sentence opens with the quantity: "Forty minutes", "An hour and a half", "Over 2 hours".
    let glued = Self.gluedLength(text, start)
    guard
      text.tokens[start].kind == .number || Self.isWord(text, start, in: Self.waitQuantities)
        || Self.isWord(text, start, in: Self.largeNumberWords) || glued != nil
    else { return }
    let duration = glued.map { (length: $0, end: start) } ?? statedDuration(text, after: start, end: end)
    guard let taken = duration, !Self.statesDays(text, taken.end) else { return }
    // "An hour and a half": the half belongs to the duration.
    var after = taken.end + 1
    if after + 2 < end, Self.norm(of: text, after, is: "and"), Self.norm(of: text, after + 1, is: "a"),
      Self.norm(of: text, after + 2, is: "half")
    {
      after += 3
    }
    guard awaitedService(text, from: after, end: end) != .none, !judgesTimeWell(text),
      let index = units.firstIndex(where: { $0.start == taken.end }),
      units[index].kind == .neutral, units[index].length == 1
    else { return }
    units[index].kind = .valence
    units[index].entry = taken.length == .hours ? Self.hoursWaitEntry : Self.minutesWaitEntry
  }

  /// "Ordered on the 3rd, it's now the 20th", "Booked for the 2nd. It is now the 14th." (review
  /// h55b: dates that say how long a wait has run scored nothing): "now" + "the" + a day of the
  /// month (`dayOfMonth`: "20th", "14th"), after "the" + an earlier day in the text, is a wait of
  /// days. The later day scores `hoursWaitValence`, as rule 42 scores a wait of days. Not without
  /// "now" ("Ordered on the 3rd, arrived on the 4th"), not a day that is not later, and not in a
  /// sentence with praise ("it's now the 5th and it works perfectly").
  @inline(never)
  mutating func markElapsedDates(_ text: TokenizedText) {
    for index in units.indices where units[index].kind == .neutral && units[index].length == 1 {
      let now = units[index].start
      guard now + 2 < text.tokens.count, Self.norm(of: text, now, is: "now"),
        Self.norm(of: text, now + 1, is: "the"), let later = Self.dayOfMonth(text, now + 2),
        let dayUnit = units.firstIndex(where: { $0.start == now + 2 }),
        units[dayUnit].kind == .neutral, units[dayUnit].length == 1
      else { continue }
      var earlier: Int?
      var token = now - 1
      while token > 0, earlier == nil {
        if Self.norm(of: text, token - 1, is: "the") { earlier = Self.dayOfMonth(text, token) }
        token -= 1
      }
      guard let earlier, earlier < later,
        !units.contains(where: isLexiconPraise)
      else { continue }
      units[dayUnit].kind = .valence
      units[dayUnit].entry = Self.hoursWaitEntry
      return
    }
  }

  /// The day of the month that token `token` writes as an ordinal in digits ("3rd", "20th", "31st"),
  /// or nil.
  private static func dayOfMonth(_ text: TokenizedText, _ token: Int) -> Int? {
    guard text.tokens[token].kind == .word || text.tokens[token].kind == .number else { return nil }
    return text.withNorm(of: text.tokens[token]) { norm -> Int? in
      var value = 0
      var digits = 0
      while digits < norm.count, digits < 3, norm[digits] &- UInt8(ascii: "0") < 10 {
        value = value * 10 + Int(norm[digits] &- UInt8(ascii: "0"))
        digits += 1
      }
      guard digits > 0, digits <= 2, value >= 1, value <= 31, norm.count == digits + 2 else { return nil }
      let suffix = (norm[digits], norm[digits + 1])
      let ordinal =
        suffix == (UInt8(ascii: "t"), UInt8(ascii: "h")) || suffix == (UInt8(ascii: "r"), UInt8(ascii: "d"))
        || suffix == (UInt8(ascii: "s"), UInt8(ascii: "t")) || suffix == (UInt8(ascii: "n"), UInt8(ascii: "d"))
      return ordinal ? value : nil
    }
  }

  /// Whether "finally" or "eventually" stands in the clause of token `after`: read both ways to a
  /// punctuation mark or a coordinator ("and", "but").
  private func lateOutcomeAdverbInClause(_ text: TokenizedText, around after: Int, start: Int, end: Int) -> Bool {
    for step in [-1, 1] {
      var token = after + step
      while token >= start && token < end {
        if text.tokens[token].kind == .punct || Self.isWord(text, token, in: Self.clauseCoordinators) { break }
        if Self.isWord(text, token, in: Self.lateOutcomeAdverbs) { return true }
        token += step
      }
    }
    return false
  }

  /// Whether the duration word at `duration` is followed by what makes it an activity's length:
  /// "of" and a word that is not one of waiting ("after 2 hours of hiking"; "of waiting" and "of
  /// queueing" are waits), or a hyphen or "long" ("an hour-long consultation").
  private static func namesActivity(_ text: TokenizedText, after duration: Int, end: Int) -> Bool {
    let next = duration + 1
    guard next < end else { return false }
    if isHyphen(text, next) || norm(of: text, next, is: "long") { return true }
    guard norm(of: text, next, is: "of") else { return false }
    return next + 1 >= end || !isWord(text, next + 1, in: waitWords)
  }

  /// Whether the sentence judges a stated time well or as expected ("super quick", "which is
  /// normal", "as expected", "much faster than my old bank", "excellent for A&E"): a positive term
  /// in it, or a word of `timeJudgements`. Then the time is no complaint.
  private func judgesTimeWell(_ text: TokenizedText) -> Bool {
    // The lexicon's valence: unit values are set later, when the units are scored.
    if units.contains(where: isLexiconPraise) { return true }
    return sentenceTokens.contains { Self.isWord(text, $0, in: Self.timeJudgements) }
  }

  /// Whether the words right before the verb at `verb` name a step of being served: one of
  /// `serviceSteps` ("Security took"), "check in"/"check out" (or with a hyphen: "Check-in
  /// took"), any of them before "process" ("the check-in process took").
  private func namesServiceStep(_ text: TokenizedText, before verb: Int, start: Int) -> Bool {
    var subject = verb - 1
    if subject > start, Self.norm(of: text, subject, is: "process") { subject -= 1 }
    guard subject >= start else { return false }
    if Self.isWord(text, subject, in: Self.serviceSteps) { return true }
    guard Self.isWord(text, subject, in: Self.checkParticles) else { return false }
    // "check in", and "check-in" (three tokens: the hyphen is punctuation).
    var check = subject - 1
    if check > start, Self.isHyphen(text, check) { check -= 1 }
    return check >= start && Self.norm(of: text, check, is: "check")
  }

  /// Whether "to" and a word follow from token `from` ("took 2 hours to assemble"): the duration
  /// measured that activity.
  private static func infinitiveFollows(_ text: TokenizedText, _ from: Int, _ end: Int) -> Bool {
    from + 1 < end && norm(of: text, from, is: "to") && text.tokens[from + 1].kind == .word
  }

  /// What a duration was spent waiting for.
  private enum AwaitedService {
    /// Nothing awaited follows: "took 2 hours to get there".
    case none
    /// Being served: a table, a seat, the taxi's arrival, someone to speak to.
    case service
    /// A reply: "to get a response", "to hear back", "to respond" (days count too).
    case reply
  }

  /// What the words from token `from` say a duration was spent waiting for: "to" (or "for" and at
  /// most three words, then "to") and a verb of `awaitedOutcomes` ("arrive"/"come" not before a
  /// place: "to arrive in London", "to come down the mountain"), "reach"/"speak"/"connect" with a
  /// person ("to speak to someone", "to reach an agent"), "check in", "get" with a word of being
  /// served ("get served", "get through", "get a table": `servedAfterGet`, after at most an
  /// article or a possessive), "be" with one ("be seen": `servedAfterBe`), or a reply ("respond",
  /// "reply", "answer", "hear back", "get a response": `.reply`).
  private func awaitedService(_ text: TokenizedText, from: Int, end: Int) -> AwaitedService {
    var to = from
    if to < end, Self.norm(of: text, to, is: "for") {
      to += 1
      while to < end, to - from <= 4, !Self.norm(of: text, to, is: "to") { to += 1 }
    }
    let verb = to + 1
    guard verb < end, Self.norm(of: text, to, is: "to") else { return .none }
    let next = verb + 1
    if Self.isWord(text, verb, in: Self.replyVerbs) { return .reply }
    if Self.norm(of: text, verb, is: "hear") {
      return next < end && Self.norm(of: text, next, is: "back") ? .reply : .none
    }
    if Self.norm(of: text, verb, is: "get") {
      var object = next
      if object < end, Self.isWord(text, object, in: Self.objectDeterminers) { object += 1 }
      guard object < end else { return .none }
      if Self.isWord(text, object, in: Self.repliesAwaited) { return .reply }
      return Self.isWord(text, object, in: Self.servedAfterGet) ? .service : .none
    }
    if Self.norm(of: text, verb, is: "be") {
      return next < end && Self.isWord(text, next, in: Self.servedAfterBe) ? .service : .none
    }
    if Self.norm(of: text, verb, is: "check") {
      return next < end && Self.norm(of: text, next, is: "in") ? .service : .none
    }
    if Self.isWord(text, verb, in: Self.arrivalVerbs) {
      return next < end && Self.isWord(text, next, in: Self.arrivalPlaces) ? .none : .service
    }
    if Self.isWord(text, verb, in: Self.contactVerbs) {
      var person = next
      while person < end, person - next < 3, Self.isWord(text, person, in: Self.personLinks) { person += 1 }
      return person < end && Self.isWord(text, person, in: Self.people) ? .service : .none
    }
    return Self.isWord(text, verb, in: Self.awaitedOutcomes) ? .service : .none
  }

  /// Whether the duration word at `token` counts years ("20 years", "a decade"): a life's span, not
  /// a wait for a service.
  private static func statesYears(_ text: TokenizedText, _ token: Int) -> Bool {
    isWord(text, token, in: yearWords)
  }

  /// Whether the unit before unit `index` is a negator or a word of a small wait ("didn't wait 40
  /// minutes", "only took me 20 minutes"): no wait to complain of.
  private func followsNegatorOrSmallWait(_ text: TokenizedText, _ index: Int) -> Bool {
    index > 0 && (units[index - 1].kind == .negator || Self.isWord(text, units[index - 1].start, in: Self.smallWaits))
  }

  /// `spentTimeVerbs`, for `RuleTriggers.spentTimeVerbs`.
  static let spentTimeVerbList = ["took", "takes", "taking", "taken", "spent", "spend", "spending", "spends"]
  private static let spentTimeVerbs = ShortWords(spentTimeVerbList)
  /// The verbs of spending time, a wait only when waiting or chasing follows the duration
  /// (`namesWaiting`).
  private static let spendVerbs: ShortWords = ["spent", "spend", "spending", "spends"]
  /// Words right after a duration spent that say it was spent waiting or chasing ("spent an hour
  /// trying to get through", "spent 3 weeks chasing").
  private static let waitingActivities: ShortWords = [
    "waiting", "queuing", "queueing", "trying", "chasing", "ringing", "calling", "phoning", "holding", "arguing",
    "explaining", "repeating", "listening",
  ]
  /// The places of a wait after a duration spent: "on hold", "on the phone", "in a queue".
  private static let waitingPlaces: ShortWords = ["hold", "phone", "phones", "line", "helpline", "queue", "queues"]

  /// Whether the words right after the duration word at `duration` say the time was spent waiting
  /// or chasing: a word of `waitingActivities` ("spent an hour trying"), or "on"/"in" and, after
  /// "the" or "a" at most, a place of waiting ("on hold", "on the phone", "in a queue", "in line").
  private static func namesWaiting(_ text: TokenizedText, after duration: Int, end: Int) -> Bool {
    var next = duration + 1
    guard next < end else { return false }
    if isWord(text, next, in: waitingActivities) { return true }
    guard norm(of: text, next, is: "on") || norm(of: text, next, is: "in") else { return false }
    next += 1
    if next < end, norm(of: text, next, is: "the") || norm(of: text, next, is: "a") { next += 1 }
    return next < end && isWord(text, next, in: waitingPlaces)
  }

  /// `lateOutcomeAdverbs`, for `RuleTriggers.lateOutcomeAdverbs`.
  static let lateOutcomeAdverbList = ["finally", "eventually"]
  private static let lateOutcomeAdverbs = ShortWords(lateOutcomeAdverbList)
  /// The writer as the one whose time was taken.
  private static let spentTimeObjects: ShortWords = ["me", "us"]
  /// Steps of being served whose time taken is a wait: "Check-in took 45 minutes", "Our food took
  /// an hour" (hospitality, travel and shop feedback; a delivery's days are the lexicon's "took
  /// weeks"). Not "meal" (a dinner's length: "Our meal took 90 minutes and we loved every minute").
  private static let serviceSteps: ShortWords = [
    "checkin", "checkout", "security", "boarding", "immigration", "customs", "food", "drinks", "drink", "order",
    "starters", "starter", "mains", "dessert", "desserts", "service", "luggage", "baggage", "bags", "queue", "line",
    "till", "tills", "registration", "admission", "triage", "served", "seated",
  ]
  /// The particle of "check in"/"check out" written as two words.
  private static let checkParticles: ShortWords = ["in", "out"]
  /// Coordinators that end a clause: "Finally a bank that listens, and my loan …".
  private static let clauseCoordinators: ShortWords = ["and", "but", "so"]
  /// Words that judge a stated time as expected or fine, without being lexicon praise: "which is
  /// normal for a Friday", "as expected", "instead of the usual 2 hours", "faster than my old bank".
  private static let timeJudgements: ShortWords = [
    "normal", "reasonable", "acceptable", "expected", "usual", "standard", "fine", "ok", "okay", "quick", "quickly",
    "fast", "faster", "quicker", "efficient", "instead",
  ]
  /// Verbs, after "to", of being served: "took 40 minutes to board", "to serve us".
  private static let awaitedOutcomes: ShortWords = ["serve", "seat", "board"]
  /// Verbs of a reply awaited: "took 3 days to respond".
  private static let replyVerbs: ShortWords = ["respond", "reply", "answer", "acknowledge"]
  /// Verbs of a thing's or person's arrival, awaited unless a place follows ("to arrive in London").
  private static let arrivalVerbs: ShortWords = ["arrive", "come", "show", "turn"]
  /// Prepositions of a place or direction after an arrival verb: travel, not a wait.
  private static let arrivalPlaces: ShortWords = [
    "in", "at", "to", "into", "down", "from", "on", "onto", "across", "over", "home", "here",
  ]
  /// Verbs of reaching a person: awaited only with the person ("to speak to someone", "to reach an
  /// agent"; not "to reach the summit", "to connect all my devices").
  private static let contactVerbs: ShortWords = ["speak", "talk", "reach", "connect", "contact"]
  /// Words between a contact verb and its person: "to speak to a real person", "connect me with".
  private static let personLinks: ShortWords = ["to", "with", "a", "an", "the", "real", "actual", "live", "me", "us"]
  /// The persons a customer waits to reach.
  private static let people: ShortWords = [
    "someone", "somebody", "anyone", "anybody", "human", "person", "agent", "advisor", "adviser", "operator",
    "representative", "rep", "manager", "supervisor", "staff", "customer", "support", "me", "us",
  ]
  /// Articles and possessives before what "get" awaits: "to get a table", "to get our food".
  private static let objectDeterminers: ShortWords = ["a", "an", "the", "my", "our", "any", "some"]
  /// What "get" awaits of being served: "to get a table", "to get served", "to get through". Not
  /// "get there", "get the kids ready", "get a tattoo", "get a feel for".
  private static let servedAfterGet: ShortWords = [
    "served", "seated", "seen", "through", "hold", "someone", "somebody", "anyone", "anybody", "help", "checked",
    "table",
    "seat", "drink", "drinks", "food", "order", "bill", "room", "key", "keys", "luggage", "bags",
    "appointment", "refund", "coffee", "menu", "menus", "waiter", "waitress",
  ]
  /// What "get" awaits of a reply: "to get a response" (days count).
  private static let repliesAwaited: ShortWords = ["reply", "response", "answer", "callback", "acknowledgement"]
  /// Words after "to be": "took an hour to be seen", "to be served".
  private static let servedAfterBe: ShortWords = [
    "served", "seated", "seen", "answered", "helped", "called", "checked", "processed", "attended", "connected",
  ]
  /// Duration words of years.
  private static let yearWords: ShortWords = ["year", "years", "decade", "decades"]

  /// The length of a duration that follows token `after`: "40 minutes", "for over an hour", "was 50
  /// minutes", "of 3 hours", "days"; nil when none follows before `end`.
  private func waitLength(_ text: TokenizedText, after: Int, end: Int) -> WaitLength? {
    statedDuration(text, after: after, end: end)?.length
  }

  /// `waitLength(_:after:end:)`, with the index of the duration word.
  private func statedDuration(_ text: TokenizedText, after: Int, end: Int) -> (length: WaitLength, end: Int)? {
    // "sat on the tarmac for 2 hours", "waited in line for an hour": a short place comes first.
    let linksStart = forAfterPlace(text, from: after, end: end) ?? after
    var next = linksStart
    // "the wait was 50 minutes", "wait time was", "a wait of 2 hours": at most two links.
    while next < end, next - linksStart < 2, Self.isWord(text, next, in: Self.waitLinks) { next += 1 }
    var quantity = Quantity()
    while next < end, quantity.tokens < Self.waitQuantityTokens, quantity.read(text, next) { next += 1 }
    guard next < end, !quantity.isSmall, let length = length(text, duration: next, quantity: quantity) else {
      return nil
    }
    return (length, next)
  }

  /// The "for" that ends a short place phrase opening at token `from` with a preposition of place
  /// ("on the tarmac for", "at the gate for", "in line for", "on our plane for": the preposition and
  /// one to `placeWords` words, then "for"), so that a duration after it counts; nil when none does.
  private func forAfterPlace(_ text: TokenizedText, from: Int, end: Int) -> Int? {
    guard from < end, Self.isWord(text, from, in: Self.placePrepositions) else { return nil }
    var probe = from + 1
    while probe < end, probe - from <= Self.placeWords + 1, text.tokens[probe].kind == .word {
      if Self.norm(of: text, probe, is: "for") { return probe > from + 1 ? probe : nil }
      probe += 1
    }
    return nil
  }

  /// The length of a duration that ends right before token `before` (a noun of waiting): "40
  /// minute wait", "2-hour wait", "an hour-long queue", "after 3 hours waiting", "45 minutes of
  /// waiting"; nil when none.
  private func waitLength(_ text: TokenizedText, before: Int, start: Int) -> WaitLength? {
    var duration = before - 1
    // "45 minutes of waiting", "3 hours of queueing".
    if duration > start, Self.norm(of: text, duration, is: "of") { duration -= 1 }
    // "hour-long wait", "2-hour wait": the "long" and the hyphens.
    while duration >= start, before - duration <= 3,
      Self.norm(of: text, duration, is: "long") || Self.isHyphen(text, duration)
    {
      duration -= 1
    }
    guard duration >= start else { return nil }
    var quantity = Quantity()
    var first = duration - 1
    while first >= start, duration - first <= Self.waitQuantityTokens, quantity.read(text, first) { first -= 1 }
    guard !quantity.isSmall else { return nil }
    return length(text, duration: duration, quantity: quantity)
  }

  /// The length that the duration word at `duration` and its quantity state, or nil when the token
  /// is no duration, states an age ("a 5 year old") or the minutes are fewer than fifteen. The
  /// number may be written together with its unit ("3hrs"; `gluedLength`).
  private func length(_ text: TokenizedText, duration: Int, quantity: Quantity) -> WaitLength? {
    if Self.statesAge(text, duration) { return nil }
    if let glued = Self.gluedLength(text, duration) { return glued }
    if Self.isWord(text, duration, in: Self.minuteWords) {
      return quantity.isQuarterHourOrMore ? .minutes : nil
    }
    if Self.isWord(text, duration, in: Self.hourWords) { return quantity.isHalf ? .minutes : .hours }
    if Self.isWord(text, duration, in: Self.dayWords) { return .hours }
    return nil
  }

  /// The length that a number written together with its unit states ("3hrs", "45mins", "1.5hrs",
  /// "2days"; airline review 45): digits, a decimal part, then a word of `minuteWords`,
  /// `hourWords` or `dayWords`. Nil when token `token` is no such word or the minutes are fewer
  /// than fifteen ("10min"); "0.5hrs" is minutes.
  private static func gluedLength(_ text: TokenizedText, _ token: Int) -> WaitLength? {
    guard text.tokens[token].kind == .word else { return nil }
    return text.withNorm(of: text.tokens[token]) { norm -> WaitLength? in
      let (value, digits, unit) = splitNumber(norm)
      guard digits > 0 else { return nil }
      if minuteWords.contains(unit) { return value >= 15 ? .minutes : nil }
      if hourWords.contains(unit) { return value == 0 ? .minutes : .hours }
      return dayWords.contains(unit) ? .hours : nil
    }
  }

  /// A duration word split into the number written before its unit and the unit: "45mins" → (45,
  /// 2, "mins"), "1.5hrs" → (1, 1, "hrs"; the decimal part is skipped), "days" → (0, 0, "days").
  /// Digits stop being added past 10^5 (no overflow).
  private static func splitNumber(
    _ norm: UnsafeBufferPointer<UInt8>
  ) -> (value: Int, digits: Int, unit: UnsafeBufferPointer<UInt8>) {
    var value = 0
    var unitStart = 0
    while unitStart < norm.count, norm[unitStart] &- UInt8(ascii: "0") < 10, value < 100_000 {
      value = value * 10 + Int(norm[unitStart] &- UInt8(ascii: "0"))
      unitStart += 1
    }
    let digits = unitStart
    if digits > 0, unitStart < norm.count, norm[unitStart] == UInt8(ascii: ".") {
      unitStart += 1
      while unitStart < norm.count, norm[unitStart] &- UInt8(ascii: "0") < 10 { unitStart += 1 }
    }
    return (value, digits, UnsafeBufferPointer(rebasing: norm[unitStart...]))
  }

  /// Whether the duration word at `token` counts days or longer ("days", "2weeks"). The token is
  /// one `length(_:duration:quantity:)` accepted: a unit word, or one with its number glued on.
  private static func statesDays(_ text: TokenizedText, _ token: Int) -> Bool {
    text.withNorm(of: text.tokens[token]) { dayWords.contains(splitNumber($0).unit) }
  }

  /// Whether the duration word at `duration` states an age ("sitting a 5 year old alone", "a
  /// 2-year-old"): "old" right after it or after a hyphen.
  private static func statesAge(_ text: TokenizedText, _ duration: Int) -> Bool {
    var next = duration + 1
    if next < text.tokens.count, isHyphen(text, next) { next += 1 }
    return next < text.tokens.count && norm(of: text, next, is: "old")
  }

  /// What the quantity words before a duration say.
  private struct Quantity {
    /// Tokens read.
    var tokens = 0
    /// A number of fifteen or more, in digits or words ("45", "forty").
    var isQuarterHourOrMore = false
    /// "half" ("half an hour").
    var isHalf = false
    /// "less", "under", "only", "just" ("less than 20 minutes").
    var isSmall = false

    /// Reads token `index` when it is part of a quantity (a number, a quantity word, "-" or "+");
    /// false when it is not.
    mutating func read(_ text: TokenizedText, _ index: Int) -> Bool {
      let token = text.tokens[index]
      if token.kind == .number {
        if DefaultProfileScorer.leadingInteger(text, token) >= 15 { isQuarterHourOrMore = true }
      } else if DefaultProfileScorer.isHyphen(text, index) || DefaultProfileScorer.norm(of: text, index, is: "+") {
        // "forty-five minutes", "45+ minutes".
      } else if DefaultProfileScorer.isWord(text, index, in: DefaultProfileScorer.largeNumberWords) {
        isQuarterHourOrMore = true
      } else if DefaultProfileScorer.isWord(text, index, in: DefaultProfileScorer.smallWaits) {
        isSmall = true
      } else if DefaultProfileScorer.norm(of: text, index, is: "half") {
        isHalf = true
      } else if !DefaultProfileScorer.isWord(text, index, in: DefaultProfileScorer.waitQuantities) {
        return false
      }
      tokens += 1
      return true
    }
  }

  /// The integer that a number token's text opens with ("45", "1.5" → 1, "2,000" → 2; with
  /// `skippingThousandsSeparators`, "1,200.50" → 1200, the whole units of an amount); 0 when it
  /// opens with no ASCII digit. Digits stop being read past 10^8 (no overflow).
  static func leadingInteger(_ text: TokenizedText, _ token: Token, skippingThousandsSeparators: Bool = false) -> Int {
    text.withNorm(of: token) { norm in
      var value = 0
      for byte in norm {
        if skippingThousandsSeparators && byte == UInt8(ascii: ",") { continue }
        guard byte &- UInt8(ascii: "0") < 10, value < 100_000_000 else { break }
        value = value * 10 + Int(byte &- UInt8(ascii: "0"))
      }
      return value
    }
  }

  /// Whether token `index` is a hyphen or dash punctuation token.
  static func isHyphen(_ text: TokenizedText, _ index: Int) -> Bool {
    text.tokens[index].kind == .punct && norm(of: text, index, is: "-")
  }

  /// Most quantity tokens between a wait and its duration ("for well over an", "a couple of").
  private static let waitQuantityTokens = 6
  /// Words of waiting: the verb's forms and the nouns ("wait", "queue").
  private static let waitWords = ShortWords(waitWordList)
  /// `waitWords`, for `RuleTriggers.waitWords`.
  static let waitWordList = [
    "wait", "waited", "waiting", "waits", "queue", "queued", "queuing", "queueing", "queues",
    // Kept in place as a wait (airline review 45: "sat on the tarmac for 2 hours", "been sitting at
    // the gate for 45 min", "stuck in Houston for 2 days").
    "sitting", "sat", "stuck",
  ]
  /// Prepositions that open a place between a wait and its duration ("waited at the counter for").
  private static let placePrepositions: ShortWords = ["on", "at", "in", "inside", "outside", "by"]
  /// Most words of a place between its preposition and "for" ("on the outdoor track for").
  private static let placeWords = 3
  /// Words between a noun of waiting and its duration: "the wait was 50 minutes", "wait time of".
  private static let waitLinks: ShortWords = ["was", "is", "were", "are", "of", "time", "times", "lasted"]
  /// Words of a small wait, before the wait or in its quantity.
  static let smallWaits: ShortWords = ["only", "just", "less", "under", "barely", "maybe"]
  /// Words of a quantity that say nothing of its size: "for over an", "a couple of", "about".
  static let waitQuantities: ShortWords = [
    "for", "a", "an", "over", "nearly", "almost", "about", "around", "more", "than", "several", "couple", "of",
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "whole",
    "full", "another", "the", "at", "least", "well", "some", "many", "multiple", "good", "solid", "like", "roughly",
    "approximately", "approx", "literally", "after", "all",
  ]
  /// Number words of fifteen or more.
  static let largeNumberWords: ShortWords = [
    "fifteen", "twenty", "thirty", "forty", "fourty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
  ]
  private static let minuteWords: ShortWords = ["minute", "minutes", "min", "mins"]
  private static let hourWords: ShortWords = ["hour", "hours", "hr", "hrs"]
  private static let dayWords: ShortWords = [
    "day", "days", "week", "weeks", "month", "months", "year", "years", "fortnight", "fortnights",
  ]
}
