import Redaction
import Testing

// QA review 42: what no rule may redact with every built-in type on (the near-misses the reviewer
// checked after each fix): prices, times, durations, years, product names, flight numbers,
// percentages, road names, version strings, an ISBN and an EAN, and counts after a cue-like word.
@Test(arguments: [
  "it was $40, then €12,50", "at 12:30 or 7pm", "took 3 hours", "open 24 hours", "2 days later", "in 2023",
  "my iPhone 15 broke", "flight BA 283 was late", "45% off", "support 24/7", "the M25 was jammed",
  "the A1 northbound", "CR7 scored", "version 4.2.10.1", "ISBN 978-0-306-40615-7", "EAN 4006381333931",
  "room 1204", "order total 12345", "a case of 24 bottles", "the 3 Main Street stores", "v 4.2.10.1",
  "updated to 4.2.10.1", "upgraded from 4.2.10.1",
])
func nearMissesStayWithEveryType(input: String) {
  #expect(redacted(input) == input)
}
