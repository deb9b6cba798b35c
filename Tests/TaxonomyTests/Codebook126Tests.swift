import Testing

@testable import Taxonomy

/// Codebook 1.26.0: what service businesses without a counter sell, judged, is `product.quality` —
/// excursions, entertainment and shows, films and performances, galleries, haircuts and colour
/// work, glasses, lenses and prescriptions, fillings and crowns, valets, suits cleaned, playlists —
/// also when loved, enjoyed, beautiful, blurry, brassy or ruined; hired scooters and bikes and a car
/// not cleaned are the vehicle's state. A venue's team or crew judged or thanked, and a ride's
/// driver judged, are `store.staff`; a venue's own spaces and kit judged (grounds, a salon, phone
/// booths, a coffee machine, shade) are `store.facilities`. Blind reviews h66a and h66b coded so in
/// the odd ids read; the even ids are held out. Every sentence is written for this test; each
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

  @Test(arguments: [
    "Stunning venue and an amazing team.",
    "Thank you Sam and the whole team.",
    "The crew remembered our names from day two.",
    "Clean car, friendly driver.",
  ])
  func isStoreStaff(text: String) throws {
    #expect(try shipped.codes(text).contains("store.staff"), "\(text)")
  }

  @Test(arguments: [
    // A team reached by phone, a letter's greeting, a driver who delivered an order.
    "The support team were great on the phone.",
    "Dear Events Team, we are writing about our deposit.",
    "The delivery driver was friendly and the order was complete.",
  ])
  func isNotStoreStaff(text: String) throws {
    #expect(try !shipped.codes(text).contains("store.staff"), "\(text)")
  }

  @Test(arguments: [
    "The grounds were beautiful.",
    "Phone booths are a lifesaver for calls.",
    "More shade and water fountains in summer please.",
  ])
  func isStoreFacilities(text: String) throws {
    #expect(try shipped.codes(text).contains("store.facilities"), "\(text)")
  }

  @Test func aHiredScooterLeftDirtyIsItsQuality() throws {
    #expect(try shipped.codes("The scooter was filthy, sticky handlebars.").contains("product.quality"))
    #expect(try shipped.codes("Car wasn't cleaned, crumbs all over the back seats.").contains("product.quality"))
  }
}
