/// The words around a digit string that say whether it is a phone number: cue words that announce
/// one ("call", "Contact:", "llámame al", "zadzwoń", "Handy") and labels that make it a reference
/// ("order number", "tracking no.", "ref", "invoice #").
///
/// Cue phrases are written in the languages feedback most often comes in (English, Spanish, Polish,
/// German, French, Italian, Portuguese, Dutch, Czech), lower case, as people type them after the
/// national formats of those countries' numbering plans (ITU-T E.164 national plans: CNMC for
/// Spain, UKE for Poland, BNetzA for Germany, ARCEP for France, AGCOM for Italy, ANACOM for
/// Portugal, ACM for the Netherlands, ČTÚ for Czechia).
enum PhoneCues {
  /// Phrases that announce a phone number when they end at most a few bytes before it.
  static let phrases: [[UInt8]] = [
    // English.
    "call", "call me", "call me on", "call me at", "call us on", "call back on", "callback", "calling", "phone",
    "phone number", "phone no", "phone #", "ph", "tel", "tel no", "telephone", "telephone number", "mobile",
    "mobile number", "mobile no", "mob", "mob no", "cell", "cell number", "cellphone", "landline", "ring",
    "ring me", "ring me on", "text", "text me", "text me on", "text me at", "sms", "whatsapp", "whatsapp me",
    "whatsapp me on", "reach me", "reach me on", "reach me at", "contact", "contact me", "contact me on",
    "contact me at", "contact number", "contact no", "contact details", "my number", "number", "number is",
    "fax",
    // Spanish.
    "llámame", "llámame al", "llamame", "llamame al", "llámeme", "llámeme al", "llámenme", "llámenme al",
    "llamar al", "llamadme", "llamadme al", "teléfono", "telefono", "tlf", "tfno", "móvil", "movil", "celular",
    "número", "numero", "mi número", "mi numero", "contacto",
    // Polish.
    "zadzwoń", "zadzwon", "zadzwoń na", "zadzwon na", "zadzwońcie", "zadzwońcie na", "dzwonić", "dzwonic",
    "dzwonić na", "dzwonic na", "dzwoń", "dzwon", "dzwoń na", "telefon", "telefonu", "nr", "nr tel", "nr telefonu",
    "numer", "numer tel", "numer telefonu", "komórka", "komórki", "kom", "pod numerem", "pod numer", "pod nr",
    // German.
    "nummer", "telefonnummer", "rufnummer", "handy", "handynummer", "mobil", "mobilnummer", "festnetz",
    "erreichbar unter", "unter der nummer", "anrufen", "ruf an", "ruf mich an",
    // French.
    "numéro", "mon numéro", "mon numero", "tél", "portable", "mon portable", "fixe", "appelez", "appelez-moi",
    "appelez moi", "appelez-moi au", "appelez le", "appelez au", "appeler au", "joignable au",
    // Italian and Portuguese.
    "chiamami", "chiamami al", "chiamatemi", "cellulare", "telemóvel", "telemovel", "telefone", "ligue",
    "ligue-me", "ligue para", "ligar para", "contato",
    // Dutch and Czech.
    "bel", "bel me", "bel mij", "bel me op", "bellen", "mobiel", "telefoonnummer", "telefoon", "volejte",
    "zavolejte", "zavolejte mi", "číslo",
  ].map { Array($0.utf8) }

  /// `phrases` by their last byte, so that a digit string after a word is compared only with the
  /// cues that end as that word does.
  static let phrasesByLastByte: [[[UInt8]]] = {
    var buckets = [[[UInt8]]](repeating: [], count: 256)
    for phrase in phrases { buckets[Int(phrase[phrase.count - 1])].append(phrase) }
    return buckets
  }()

  /// "is" in the cues' languages: "my number is", "mi número es", "mój numer to", "meine Nummer ist".
  static let copulas: Set<[UInt8]> = Set(
    ["is", "was", "es", "ist", "est", "to", "jest", "è", "é"].map { Array($0.utf8) })

  /// Words that, as the last word before a number (or before a label such as "number" or "no."),
  /// make it a reference: "order 07700900123", "tracking number 0012 3456 7890", "Invoice no.
  /// 4155552671", "numer zamówienia 601234567". Lower case.
  static let referenceWords: Set<[UInt8]> = Set(
    [
      "order", "orders", "ref", "reference", "invoice", "inv", "account", "acct", "acc", "booking", "ticket",
      "case", "claim", "policy", "tracking", "track", "parcel", "package", "shipment", "consignment", "membership",
      "member", "customer", "id", "code", "serial", "imei", "isbn", "sku", "confirmation", "conf", "transaction",
      "receipt",
      "voucher", "contract", "loyalty", "item", "product", "model", "part", "batch", "meter", "pnr", "awb",
      // The same labels in Spanish, Polish, German, French, Italian, Portuguese and Dutch.
      "pedido", "factura", "referencia", "envío", "envio", "zamówienia", "zamówienie", "zamowienia", "faktury",
      "faktura", "przesyłki", "przesylki", "bestellung", "bestellnummer", "rechnung", "rechnungsnummer",
      "kundennummer", "auftragsnummer", "sendungsnummer", "commande", "facture", "référence", "dossier", "ordine",
      "fattura", "encomenda", "fatura", "bestelling", "factuur",
    ].map { Array($0.utf8) })

  /// Words that stand between a reference word and its number: "order number is", "ref no.",
  /// "Bestellung Nr.".
  static let labelWords: Set<[UInt8]> = Set(
    ["number", "no", "nr", "num", "nbr", "id", "code", "is", "was", "numer", "nummer", "número", "numero", "numéro"]
      .map { Array($0.utf8) })
}

extension ByteScanner {
  /// Whether a phone cue (`PhoneCues.phrases`) ends just before `start`, or before a copula that
  /// ends there ("mi número es 612345678", "meine Nummer ist 0151 23456789").
  func followsPhoneCue(_ start: Int) -> Bool {
    if followsCue(start) { return true }
    var end = start
    while end > 0 && start - end < 4 && (isByte(end - 1, " ") || isByte(end - 1, ":")) { end -= 1 }
    // Copulas are one to four bytes: look no further (and allocate nothing) for longer words.
    var wordStart = end
    while wordStart > 0 && end - wordStart < 5 && (isLetter(wordStart - 1) || byte(wordStart - 1) >= 0x80) {
      wordStart -= 1
    }
    guard end < start, wordStart < end, end - wordStart <= 4, !isAlphanumeric(wordStart - 1),
      byte(wordStart - 1) < 0x80,
      PhoneCues.copulas.contains((wordStart..<end).map { Self.foldedASCII(byte($0)) })
    else { return false }
    return followsCue(wordStart)
  }

  /// Whether a cue of `PhoneCues.phrases` ends just before `start`: the cue, then only spaces,
  /// ":", "." or "-" (at most four bytes), and the cue starts a word. ASCII letters compare
  /// case-insensitively, other bytes exactly; a space in the cue matches one space.
  private func followsCue(_ start: Int) -> Bool {
    var end = start
    while end > 0 && start - end < 4
      && (isByte(end - 1, " ") || isByte(end - 1, ":") || isByte(end - 1, ".") || isByte(end - 1, "-"))
    {
      end -= 1
    }
    guard end > 0, isLetter(end - 1) || byte(end - 1) >= 0x80 || isByte(end - 1, "#") else { return false }
    guard end < start || isByte(end - 1, "#") else { return false }
    for cue in PhoneCues.phrasesByLastByte[Int(Self.foldedASCII(byte(end - 1)))] where cue.count <= end {
      let from = end - cue.count
      var same = true
      for offset in 0..<cue.count where Self.foldedASCII(byte(from + offset)) != cue[offset] {
        same = false
        break
      }
      if same && !isWordCharacter(before: from) { return true }
    }
    return false
  }

  /// Whether the number at `start` is labelled as a reference: the last word before it, skipping
  /// up to three label words ("number", "no", "is" …: `PhoneCues.labelWords`) and the punctuation
  /// between them, is a reference word ("order", "tracking", "ref", "zamówienia" …), or a `#` is
  /// glued to the number ("#07700900123") and no phone cue comes before it.
  func isReferenceLabelled(_ start: Int) -> Bool {
    if isByte(start - 1, "#") && !followsPhoneCue(start - 1) { return true }
    var index = start
    for _ in 0..<4 {
      while index > 0 && start - index < 40
        && (isByte(index - 1, " ") || isByte(index - 1, ":") || isByte(index - 1, ".") || isByte(index - 1, "-")
          || isByte(index - 1, "#"))
      {
        index -= 1
      }
      guard let word = lowercasedWord(endingAt: index) else { return false }
      if PhoneCues.referenceWords.contains(word.text) { return true }
      guard PhoneCues.labelWords.contains(word.text) else { return false }
      index = word.start
    }
    return false
  }

  /// The word of letters (ASCII, lower-cased, or non-ASCII bytes) that ends at `end`, at most 24
  /// bytes long, and where it starts.
  private func lowercasedWord(endingAt end: Int) -> (text: [UInt8], start: Int)? {
    var start = end
    while start > 0 && end - start < 24 && (isLetter(start - 1) || byte(start - 1) >= 0x80) { start -= 1 }
    guard start < end, !isAlphanumeric(start - 1) else { return nil }
    return ((start..<end).map { Self.foldedASCII(byte($0)) }, start)
  }

  /// Whether a currency symbol or code stands right before `start` or right after `end` (one space
  /// allowed between): "€ 912 345 678", "912 345 678 zł", "700 800 900 PLN" are amounts.
  func isNextToAmount(_ start: Int, _ end: Int) -> Bool {
    let before = isByte(start - 1, " ") ? start - 1 : start
    let after = isByte(end, " ") ? end + 1 : end
    for symbol in Self.currencySymbols {
      if before >= symbol.count && (0..<symbol.count).allSatisfy({ byte(before - symbol.count + $0) == symbol[$0] }) {
        return true
      }
      if (0..<symbol.count).allSatisfy({ byte(after + $0) == symbol[$0] }) { return true }
    }
    if let word = lowercasedWord(endingAt: before), Self.currencyCodes.contains(word.text) { return true }
    var wordEnd = after
    while (isLetter(wordEnd) || byte(wordEnd) >= 0x80) && wordEnd - after < 4 { wordEnd += 1 }
    return wordEnd > after && !isWordCharacter(wordEnd)
      && Self.currencyCodes.contains((after..<wordEnd).map { Self.foldedASCII(byte($0)) })
  }

  private static let currencySymbols: [[UInt8]] = ["$", "£", "€", "¥", "%"].map { Array($0.utf8) }
  private static let currencyCodes: Set<[UInt8]> = Set(
    ["eur", "usd", "gbp", "pln", "chf", "czk", "sek", "nok", "dkk", "zł", "zl", "kč", "kc", "euro", "euros"].map {
      Array($0.utf8)
    })

  /// `byte` with ASCII upper-case letters lower-cased (other bytes unchanged, so UTF-8 sequences
  /// compare exactly).
  @inline(__always) static func foldedASCII(_ byte: UInt8) -> UInt8 {
    byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
  }
}
