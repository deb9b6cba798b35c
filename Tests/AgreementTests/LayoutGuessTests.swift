import Agreement
import Testing

/// A long layout under other column names is refused instead of read as the wide layout (where
/// "rater" and "label" would become coders and their values categories).
@Suite struct LayoutGuessTests {
  @Test func aLongLayoutUnderOtherNamesIsRefused() {
    let bytes = Array("item,rater,label\n1,a,x\n2,b,y\n".utf8)
    #expect(throws: AgreementError.self) { try RatingsFormat.detectChecked(path: "r.csv", bytes: bytes) }
  }

  @Test func wideAndLongLayoutsAreStillRecognised() throws {
    let wide = Array("item,anna,ben\n1,x,y\n".utf8)
    #expect(try RatingsFormat.detectChecked(path: "w.csv", bytes: wide) == .wide)
    let long = Array("Item,Coder,Label\n1,a,x\n".utf8)
    #expect(try RatingsFormat.detectChecked(path: "l.csv", bytes: long) == .long)
  }
}
