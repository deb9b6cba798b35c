import Testing

@testable import Taxonomy

/// Codebook 1.26.0: what service businesses without a counter sell, judged, is `product.quality` —
/// excursions, entertainment and shows, films and performances, galleries, haircuts and colour
/// work, glasses, lenses and prescriptions, fillings and crowns, valets, suits cleaned, playlists —
/// also when loved, enjoyed, beautiful, blurry, brassy or ruined. Blind review h66b coded so in the
/// odd ids read; the even ids are held out. Every sentence is written for this test; each
/// expectation is how a coder reads it with the tag's description.
@Suite struct Codebook126Tests {
  let shipped: ShippedTagging

  init() throws { shipped = try ShippedTagging() }

  @Test(arguments: [
    "The excursions were well organised and worth every penny.",
    "Loved the evening shows on the ship.",
    "New lenses are still blurry when I read.",
    "The balayage came out brassy at the roots.",
    "Both suits looked perfect when I collected them.",
    "The crown the dentist fitted is excellent.",
  ])
  func isProductQuality(text: String) throws {
    #expect(try shipped.codes(text).contains("product.quality"), "\(text)")
  }

  @Test(arguments: [
    // Care for the animals is the staff's; a choice of frames is the range; "show" as a verb
    // names no show.
    "They are good with the animals.",
    "Good choice of frames in the shop.",
    "Show me where the parking is please.",
  ])
  func isNotProductQuality(text: String) throws {
    #expect(try !shipped.codes(text).contains("product.quality"), "\(text)")
  }
}
