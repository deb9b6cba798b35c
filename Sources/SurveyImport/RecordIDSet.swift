#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The record ids (`respondent:question`) handed out so far, kept exactly so that a duplicate is
/// never missed and never invented.
///
/// Memory grows with the number of distinct respondents, not records or answers: each respondent
/// is kept as a 128-bit digest of its id (`IDDigest`: two ids share one with probability 2⁻¹²⁸),
/// with the line where it first appeared and a bit per question for the first 64 distinct
/// questions, 28 bytes in a `HashedIDTable` whatever the id's length; answers to questions beyond
/// the 64th distinct one are kept as digests of the pair (16 bytes each). Measured (review h42):
/// a CSV export of 1,000,000 respondents peaks at 100 MB for the whole import (45 MB when the
/// check kept 150,000 respondents as strings).
///
/// Peak memory must not depend on the file's size, so the set keeps at most `respondentLimit`
/// respondents (2,500,000: an 88 MB table, about 150 MB while it grows the last time) and
/// `overflowLimit` whole answers (1,000,000: 20 MB).
/// Past that, `saturated` is set: ids of respondents already kept are still checked, new
/// respondents are not kept (only their own contiguous answers are checked against each other),
/// and the import stops with an error unless the user accepted an incomplete check
/// (`ImportOptions.allowUncheckedDuplicates`).
struct RecordIDSet {
  /// Respondents kept for the duplicate check.
  static let respondentLimit = 2_500_000
  /// Questions given a bit of their own (the first 64) or an index; later ones are checked by
  /// whole id.
  static let questionLimit = 10_000
  /// Whole ids kept for answers to questions past the 64th (review r17a: 500 text columns took
  /// 1.5 GB on a 60 MB CSV when they were kept as strings).
  static let overflowLimit = 1_000_000
  /// Ids kept as strings because they hold more than `splitLimit` colons (at most this many, or
  /// the overflow limit when lower).
  static let manyColonLimit = 200_000
  private let overflowBound: Int

  init(limit: Int = RecordIDSet.respondentLimit, overflowLimit: Int = RecordIDSet.overflowLimit) {
    self.respondents = HashedIDTable(limit: limit, withEntries: true)
    self.overflow = HashedIDTable(limit: overflowLimit, withEntries: false)
    self.overflowBound = overflowLimit
  }
  /// Whether a bound was reached (some later duplicates may go unseen).
  private(set) var saturated = false
  /// The respondent `reappearance(of:)` last looked up in the current record: the answers of one
  /// record are checked with one string comparison instead of a lookup each.
  private var lastLookedUp = ""
  /// The respondents looked up in the current record (one, in every format so far; at most 64).
  private var inRecord: [IDDigest] = []
  /// The respondent digested last, with its digest.
  private var lastDigest: (respondent: String, digest: IDDigest)?
  private var questionIndex: [String: Int] = [:]
  /// The question `insert` looked up last, with its index.
  private var lastQuestion: (question: String, index: Int)?
  private var respondents: HashedIDTable
  private var overflow: HashedIDTable
  private var lastUnkept: (respondent: String, line: Int, questions: Set<String>)?
  /// The UTF-8 lengths of the respondents kept: bit n for length n, bit 63 for 63 or more (a cheap
  /// filter for `otherSplit`).
  private var respondentLengths: UInt64 = 0

  private static func lengthBit(_ length: Int) -> UInt64 { 1 << UInt64(min(length, 63)) }

  /// The digest of `respondent` (the last one is remembered: a record's answers share it).
  private mutating func digest(of respondent: String) -> IDDigest {
    if let last = lastDigest, last.respondent == respondent { return last.digest }
    let digest = IDDigest(respondent)
    lastDigest = (respondent, digest)
    return digest
  }

  /// Keeps `respondent` (first seen at `line`, with no answer yet) when it is new, at the start of
  /// a record; true when it was new. A respondent not kept because the set is full counts as new
  /// (the set is then `saturated`). For counting distinct respondents where records may repeat
  /// one (JSONL lines).
  mutating func addRespondent(_ respondent: String, line: Int) -> Bool {
    let digest = digest(of: respondent)
    if respondents.contains(digest) { return false }
    guard respondents.insert(digest, line: line) else {
      saturated = true
      return true
    }
    respondentLengths |= Self.lengthBit(respondent.utf8.count)
    // New in this record: not a reappearance.
    if inRecord.count < 64 { inRecord.append(digest) }
    return true
  }

  /// Marks `respondent` (kept by `addRespondent`) as having reached its answers; true the first
  /// time, false after that or when it is not kept.
  mutating func markAnswering(_ respondent: String) -> Bool {
    respondents.flag(digest(of: respondent))
  }

  /// Starts a new record (a `<Response>`, a row, a JSONL line).
  mutating func beginRecord() {
    lastLookedUp = ""
    inRecord.removeAll(keepingCapacity: true)
  }

  /// The line where `respondent` first appeared, when it is kept and first appeared in an earlier
  /// record than the current one; nil for a new respondent or one already seen in this record.
  /// Reported once per record (the respondent then belongs to the current record).
  mutating func reappearance(of respondent: String) -> Int? {
    if respondent == lastLookedUp { return nil }
    lastLookedUp = respondent
    let digest = digest(of: respondent)
    if inRecord.contains(digest) { return nil }
    if inRecord.count < 64 { inRecord.append(digest) }
    return respondents.entry(digest)?.line
  }

  /// The answer an id was first handed out for: its respondent, its question and the line where
  /// that respondent first appeared.
  struct Earlier: Equatable {
    var respondent: String
    var question: String
    var line: Int
  }

  /// Ids whose parts hold more than this many colons in all are kept whole (`manyColonIDs`)
  /// rather than checked split by split, so the work per answer stays bounded.
  static let splitLimit = 16
  /// Whole ids (`respondent:question`) whose parts hold more than `splitLimit` colons, with
  /// their first answer; bounded by `manyColonLimit` (and `overflowLimit`).
  private var manyColonIDs: [String: Earlier] = [:]

  /// Adds the id `respondent:question` as written; returns nil when it is new, else the answer
  /// that already had it: the same respondent and question (a duplicate), or, when a part holds a
  /// colon, another respondent and question that join to the same string (`x` + `a:b` and `x:a` +
  /// `b` both give `x:a:b`; QA review 20). A clash is found by looking up every other way to
  /// split the id at a colon, so memory still grows with respondents, not answers; the bounds
  /// are those of `insert`. A clashing answer is not added.
  mutating func check(respondent: String, question: String, line: Int) -> Earlier? {
    var respondent = respondent
    var question = question
    let inRespondent = Self.colonOffsets(&respondent)
    let inQuestion = Self.colonOffsets(&question)
    let colons = inRespondent.count + inQuestion.count
    if colons > Self.splitLimit {
      let id = respondent + ":" + question
      if let first = manyColonIDs[id], first.respondent != respondent { return first }
      if manyColonIDs[id] == nil {
        if manyColonIDs.count < min(overflowBound, Self.manyColonLimit) {
          manyColonIDs[id] = Earlier(respondent: respondent, question: question, line: line)
        } else {
          saturated = true
        }
      }
    } else if colons > 0,
      let clash = otherSplit(respondent: respondent, question: question, at: inRespondent, inQuestion)
    {
      return clash
    }
    return insert(respondent: respondent, question: question, line: line).map {
      Earlier(respondent: respondent, question: question, line: $0)
    }
  }

  /// The UTF-8 offsets of the colons in `text` (found with `memchr`: this runs on every answer).
  private static func colonOffsets(_ text: inout String) -> [Int] {
    text.withUTF8 { bytes in
      guard let base = bytes.baseAddress else { return [] }
      var offsets: [Int] = []
      var from = 0
      while from < bytes.count, let found = memchr(base + from, 0x3A, bytes.count - from) {
        let offset = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        offsets.append(offset)
        from = offset + 1
      }
      return offsets
    }
  }

  /// An answer already added whose respondent and question differ from these but join to the same
  /// id: the id split at each of its other colons (`inRespondent` and `inQuestion`, UTF-8
  /// offsets). The other respondent is looked up first, so the other question is only built when
  /// that respondent is known, and a length no kept respondent has is skipped before any string
  /// is built.
  private func otherSplit(
    respondent: String, question: String, at inRespondent: [Int], _ inQuestion: [Int]
  ) -> Earlier? {
    func mayBeKnown(_ length: Int) -> Bool {
      respondentLengths & Self.lengthBit(length) != 0 || lastUnkept?.respondent.utf8.count == length
    }
    func clash(_ other: String, _ otherQuestion: () -> String) -> Earlier? {
      guard respondents.contains(IDDigest(other)) || lastUnkept?.respondent == other else { return nil }
      let otherQuestion = otherQuestion()
      return firstLine(respondent: other, question: otherQuestion).map {
        Earlier(respondent: other, question: otherQuestion, line: $0)
      }
    }
    let own = Array(respondent.utf8)
    let asked = Array(question.utf8)
    // Shorter respondents: `respondent` cut at one of its colons.
    for offset in inRespondent where mayBeKnown(offset) {
      let other = String(decoding: own[..<offset], as: UTF8.self)
      if let found = clash(other, { String(decoding: own[(offset + 1)...], as: UTF8.self) + ":" + question }) {
        return found
      }
    }
    // Longer respondents: `respondent` with the question up to one of its colons.
    for offset in inQuestion where mayBeKnown(own.count + 1 + offset) {
      let other = respondent + ":" + String(decoding: asked[..<offset], as: UTF8.self)
      if let found = clash(other, { String(decoding: asked[(offset + 1)...], as: UTF8.self) }) { return found }
    }
    return nil
  }

  /// The line where `respondent` first appeared when `respondent:question` was added (and is
  /// still kept), else nil. Adds nothing.
  private func firstLine(respondent: String, question: String) -> Int? {
    guard let entry = respondents.entry(IDDigest(respondent)) else {
      guard let last = lastUnkept, last.respondent == respondent, last.questions.contains(question) else { return nil }
      return last.line
    }
    let known = questionIndex[question]
    if let known, known < 64 { return entry.mask & (1 << UInt64(known)) != 0 ? entry.line : nil }
    // A question never indexed while the index had room was never answered.
    if known == nil && questionIndex.count < Self.questionLimit { return nil }
    return overflow.contains(IDDigest(respondent, question)) ? entry.line : nil
  }

  /// Adds `respondent:question`; returns nil when it is new, else the line where `respondent`
  /// first appeared. Compares the pair, not the joined id: `check` also finds clashes.
  mutating func insert(respondent: String, question: String, line: Int) -> Int? {
    let index: Int
    if let last = lastQuestion, last.question == question {
      // The question of the last answer again (most answers of a JSONL or CSV export): no lookup.
      index = last.index
    } else if let known = questionIndex[question] {
      index = known
    } else if questionIndex.count < Self.questionLimit {
      index = questionIndex.count
      questionIndex[question] = index
    } else {
      index = Self.questionLimit
    }
    lastQuestion = (question, index)
    let digest = digest(of: respondent)
    guard let entry = respondents.entry(digest) else {
      guard !respondents.isFull else {
        saturated = true
        // Not kept: only its own contiguous answers are checked (against the last such respondent).
        if lastUnkept?.respondent != respondent {
          lastUnkept = (respondent, line, [])
        }
        return lastUnkept!.questions.insert(question).inserted ? nil : lastUnkept!.line
      }
      respondentLengths |= Self.lengthBit(respondent.utf8.count)
      if index < 64 {
        respondents.insert(digest, line: line, mask: 1 << UInt64(index))
      } else {
        respondents.insert(digest, line: line, mask: 0)
        _ = insertOverflow(respondent, question)
      }
      return nil
    }
    if index < 64 {
      let bit: UInt64 = 1 << UInt64(index)
      if entry.mask & bit != 0 { return entry.line }
      respondents.setMask(entry.mask | bit, of: digest)
      return nil
    }
    return insertOverflow(respondent, question) ? nil : entry.line
  }

  /// Adds the pair's digest; false when it was there. Past `overflowBound` pairs nothing new is
  /// kept (the set is saturated) and a pair not kept counts as new.
  private mutating func insertOverflow(_ respondent: String, _ question: String) -> Bool {
    let digest = IDDigest(respondent, question)
    if overflow.contains(digest) { return false }
    if overflow.insert(digest) { return true }
    saturated = true
    return true
  }
}
