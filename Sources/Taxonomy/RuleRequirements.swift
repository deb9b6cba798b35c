/// What a compiled rule needs to occur in a text before it can hold: a conjunction of *clauses*,
/// each a set of phrase slots (phrase ids, and `phraseCount + r` for regex `r`) of which at least
/// one must occur. The tagger evaluates a rule only when every one of its clauses is met, so a
/// rule such as `(food OR meal) NEAR/3 (good OR great)` is not evaluated for every text that says
/// "good" (most of them).
///
/// Derived from the rule's nodes: a phrase needs itself; `AND`, `NEAR`/`ONEAR` need what both
/// sides need; `SENTENCE(x)` needs what `x` needs; an `OR` needs, for each choice of one clause
/// per alternative, their union (the `OR` in conjunctive normal form, up to `maximumOrClauses`
/// clauses); `NOT` and `meta.…` need nothing (a rule with no clause at all needs one of its
/// positive phrases, as before: the trigger index of `CompiledCodebook`). Every clause is a
/// necessary condition, so leaving out a rule that lacks one never changes a tag.
struct RuleRequirements: Sendable {
  /// Per flat rule, the number of distinct clauses.
  var clauseCounts: [Int32] = []
  /// Per flat rule, the number of its clauses that hold no regex (which phrases alone can meet).
  var phraseClauseCounts: [Int32] = []
  /// Per slot (phrases, then regexes), CSR layout: the (rule, clause) pairs whose clause the slot
  /// meets. Clause ids are global (`clauseRules[c]` is the rule of clause `c`).
  var slotClauseStarts: [Int32] = []
  var slotClauses: [Int32] = []
  /// The rule of each clause.
  var clauseRules: [Int32] = []
  /// Per clause, whether it holds a regex slot.
  var clauseHasRegex: [Bool] = []
  /// Per regex, CSR layout: the flat rules whose evaluation may read it (the rules that use it
  /// anywhere, under `NOT` too, and every rule of a tag one of whose exclusions uses it). A text
  /// where none of them can become a candidate, even granting every regex a match, is not searched
  /// for the regex: no evaluation would read its matches.
  var regexGateStarts: [Int32] = []
  var regexGates: [Int32] = []

  /// No requirements: the caller sets the tables (as an archive holds them,
  /// `CompiledCodebook.init(archive:source:tokenizer:)`).
  init() {}

  /// Requirements of the flat rules `roots` (of tags `ruleTag`; the exclusions of tag t are
  /// `excludeRoots[excludeStarts[t]..<excludeStarts[t + 1]]`) over `phraseCount` phrases and
  /// `regexCount` regexes; `fallback[rule]` is the rule's positive slots, the clause of a rule
  /// whose nodes need nothing.
  init(
    roots: [Int32], ruleTag: [Int32], excludeRoots: [Int32], excludeStarts: [Int32], nodes: [ProgramNode],
    children: [Int32], phraseCount: Int32, regexCount: Int, fallback: [[Int32]]
  ) {
    // (slot, clause) pairs, laid out by slot at the end (`CompressedRows`).
    var slotPairs: [(row: Int32, value: Int32)] = []
    for (rule, root) in roots.enumerated() {
      var clauses = Self.clauses(of: root, nodes: nodes, children: children, phraseCount: phraseCount)
      if clauses.isEmpty { clauses = [Self.sortedUnique(fallback[rule])] }
      var kept: [[Int32]] = []
      var phraseOnly: Int32 = 0
      for clause in clauses where !clause.isEmpty && !kept.contains(clause) {
        kept.append(clause)
        let id = Int32(clauseRules.count)
        clauseRules.append(Int32(rule))
        let hasRegex = clause.last! >= phraseCount
        clauseHasRegex.append(hasRegex)
        if !hasRegex { phraseOnly += 1 }
        for slot in clause { slotPairs.append((slot, id)) }
      }
      clauseCounts.append(Int32(kept.count))
      phraseClauseCounts.append(phraseOnly)
    }
    let bySlot = CompressedRows(rowCount: Int(phraseCount) + regexCount, pairs: slotPairs)
    slotClauseStarts = bySlot.starts
    slotClauses = bySlot.values
    var gates = [[Int32]](repeating: [], count: regexCount)
    guard regexCount > 0 else {
      regexGateStarts = [0]
      return
    }
    var found: [Int32] = []
    for (rule, root) in roots.enumerated() {
      found.removeAll(keepingCapacity: true)
      Self.regexes(in: root, nodes: nodes, children: children, into: &found)
      for regex in found { gates[Int(regex)].append(Int32(rule)) }
    }
    for tag in 0..<(excludeStarts.count - 1) {
      found.removeAll(keepingCapacity: true)
      for exclusion in Int(excludeStarts[tag])..<Int(excludeStarts[tag + 1]) {
        Self.regexes(in: excludeRoots[exclusion], nodes: nodes, children: children, into: &found)
      }
      guard !found.isEmpty else { continue }
      let tagRules = roots.indices.filter { ruleTag[$0] == Int32(tag) }.map { Int32($0) }
      for regex in found { gates[Int(regex)] += tagRules }
    }
    regexGateStarts = [0]
    for list in gates {
      regexGates += Self.sortedUnique(list)
      regexGateStarts.append(Int32(regexGates.count))
    }
  }

  /// The regexes node `index` uses anywhere (appended to `found`).
  static func regexes(in index: Int32, nodes: [ProgramNode], children: [Int32], into found: inout [Int32]) {
    let node = nodes[Int(index)]
    switch node.kind {
    case .regex: found.append(node.first)
    case .phrase, .phraseAll, .meta: break
    case .and, .near, .onear:
      regexes(in: node.first, nodes: nodes, children: children, into: &found)
      regexes(in: node.second, nodes: nodes, children: children, into: &found)
    case .not, .sentence, .answer: regexes(in: node.first, nodes: nodes, children: children, into: &found)
    case .or:
      for child in Int(node.first)..<Int(node.second) {
        regexes(in: children[child], nodes: nodes, children: children, into: &found)
      }
    }
  }

  /// The clauses node `index` needs (empty: nothing), each sorted without repeats.
  static func clauses(of index: Int32, nodes: [ProgramNode], children: [Int32], phraseCount: Int32) -> [[Int32]] {
    let node = nodes[Int(index)]
    switch node.kind {
    case .phrase: return [[node.first]]
    case .regex: return [[phraseCount + node.first]]
    case .phraseAll, .not, .meta: return []
    case .and, .near, .onear:
      return clauses(of: node.first, nodes: nodes, children: children, phraseCount: phraseCount)
        + clauses(of: node.second, nodes: nodes, children: children, phraseCount: phraseCount)
    case .sentence, .answer:
      return clauses(of: node.first, nodes: nodes, children: children, phraseCount: phraseCount)
    case .or:
      // An alternative that is a phrase or a regex is its own clause (most alternatives: no array
      // made for them); one that needs several clauses (`a ONEAR b`) offers each of them.
      var single: [Int32] = []
      var several: [[[Int32]]] = []
      for child in Int(node.first)..<Int(node.second) {
        let alternative = nodes[Int(children[child])]
        switch alternative.kind {
        case .phrase: single.append(alternative.first)
        case .regex: single.append(phraseCount + alternative.first)
        default:
          let options = clauses(of: children[child], nodes: nodes, children: children, phraseCount: phraseCount)
          if options.isEmpty { return [] }
          if options.count == 1 { single += options[0] } else { several.append(options) }
        }
      }
      return orClauses(single: single, several: several)
    }
  }

  /// Most clauses an `OR` is written out into: the product of its alternatives' clause counts.
  static let maximumOrClauses = 16

  /// The clauses an `OR` needs, given the slots of its one-clause alternatives (`single`) and the
  /// clauses of the others (`several`). Whichever alternative holds meets every one of its own
  /// clauses, so for each choice of one clause per alternative, their union (with `single`) is a
  /// clause the `OR` needs: the `OR` written out in conjunctive normal form. "(open ONEAR/0 (a OR
  /// an) ONEAR/2 account) OR (savings ONEAR/0 account)" then needs "account" and is not evaluated
  /// for every text that says "a" (the smallest clause of each alternative alone, {a, an} ∪
  /// {savings}, needed that much). When the choices number more than `maximumOrClauses`, one
  /// clause per alternative is taken, the smallest, as a single union; among clauses of one size the
  /// last, which for a run of words ("too ONEAR/0 hot", "not ONEAR/0 enough", "waiting ONEAR/0
  /// room") is its head word, rarer than the function words before it ("too", "not" are in most
  /// texts: a union holding them met nearly every text, and the rule was evaluated for each).
  private static func orClauses(single: [Int32], several: [[[Int32]]]) -> [[Int32]] {
    if several.isEmpty { return single.isEmpty ? [] : [sortedUnique(single)] }
    let choices = several.reduce(1) { product, options in product > maximumOrClauses ? product : product * options.count
    }
    guard choices <= maximumOrClauses else {
      var union = single
      for options in several {
        let smallest = options.map(\.count).min()!
        union += options.last { $0.count == smallest }!
      }
      return [sortedUnique(union)]
    }
    var written: [[Int32]] = [single]
    for options in several {
      written = written.flatMap { partial in options.map { partial + $0 } }
    }
    var seen = Set<[Int32]>()
    return written.map(sortedUnique).filter { seen.insert($0).inserted }
  }

  private static func sortedUnique(_ slots: [Int32]) -> [Int32] {
    var sorted = slots.sorted()
    var kept = 0
    for slot in sorted where kept == 0 || sorted[kept - 1] != slot {
      sorted[kept] = slot
      kept += 1
    }
    sorted.removeLast(sorted.count - kept)
    return sorted
  }
}
