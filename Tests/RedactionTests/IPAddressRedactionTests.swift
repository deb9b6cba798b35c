import Redaction
import Testing

// Documentation addresses: IPv4 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24 (RFC 5737), IPv6
// 2001:db8::/32 (RFC 3849); the IPv6 text forms are the examples of RFC 4291 §2.2.
@Test(arguments: [
  ("from 192.0.2.1 today", "from [IP] today"),
  ("hosts 198.51.100.7, 203.0.113.255.", "hosts [IP], [IP]."),
  ("server 192.0.2.1:8080", "server [IP]:8080"),
  ("addr 2001:DB8:0:0:8:800:200C:417A", "addr [IP]"),
  ("addr 2001:db8::8:800:200c:417a", "addr [IP]"),
  ("multicast FF01::101", "multicast [IP]"),
  ("loopback ::1 and ::", "loopback [IP] and ::"),
  ("mapped ::FFFF:129.144.52.38", "mapped [IP]"),
  ("compat ::13.1.68.3", "compat [IP]"),
  ("[2001:db8::1]:443", "[[IP]]:443"),
  ("link fe80::1%eth0", "link [IP]%eth0"),
])
func ipAddressesAreRedacted(input: String, expected: String) {
  #expect(redacted(input, only: .ip) == expected)
}

@Test(arguments: [
  "version 1.2.3", "v2.10.3", "release 1.2.3.4.5", "octet 256.1.1.1", "at 12:30:45", "MAC 00:1A:2B:3C:4D:5E",
  "2001:db8::1::2 is invalid", "ratio 3:2", "score 10.5", "1:2:3:4:5:6:7:8:9", "the café: nice",
  "C++ std::vector", "version 1.2.3.4", "firmware 10.0.0.1 installed", "octet 10.0.0.256",
])
func nonIPAddressesStay(input: String) {
  #expect(redacted(input, only: .ip) == input)
}

// Words, scores and emoticons that are syntactically compressed IPv6 (RFC 4291 §2.2 form 2) are not
// addresses: with fewer than three groups a compressed form is an address only when it is the
// loopback ::1 (§2.5.3), embeds an IPv4 address (§2.5.5), or starts with a link-local fe80::/10
// (§2.5.6), unique-local fc00::/7 (RFC 4193) or multicast ff00::/8 (§2.7) group; and no tool writes a
// group mixing upper- and lower-case letters (RFC 5952 §4.3 prescribes lower case, some systems print
// upper case). The --redact help promises "coding is unchanged": "Bad experience" must survive.
@Test(arguments: [
  "Cafe::Bad experience", "my score 10::10", "Area 51::A", "lol :D::D", "Bad::", "dead::beef", "ADD::",
  "at 12:30:: then", "Face::1 now", "Fe80::Cafe:Bad:Face", "2024::10",
  // "1️⃣" is an emoji keycap sequence (UTS #51 §1.4.6: digit, U+FE0F, U+20E3), not the loopback ::1.
  "list ::1\u{FE0F}\u{20E3} first",
])
func wordsShapedLikeCompressedIPv6Stay(input: String) {
  #expect(redacted(input, only: .ip) == input)
  #expect(redacted(input) == input)
}

@Test(arguments: [
  ("from fd12:3456:789a::1 ok", "from [IP] ok"),
  ("from fd00::1 ok", "from [IP] ok"),
  ("group ff02::1 ok", "group [IP] ok"),
  ("link FE80::1 ok", "link [IP] ok"),
  ("from 2001:db8::1 ok", "from [IP] ok"),
  ("from 2001:db8:85a3::8a2e:370:7334 ok", "from [IP] ok"),
  ("from ::ffff:192.0.2.1 ok", "from [IP] ok"),
])
func plausibleCompressedIPv6IsRedacted(input: String, expected: String) {
  #expect(redacted(input, only: .ip) == expected)
}
