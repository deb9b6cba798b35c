import Testing

/// Codebook 1.16.0: the `account` codes for feedback about an account with a bank, payment service,
/// app or marketplace — identity checks, accounts frozen or closed by the company, fraud and
/// scams, money sent to others — and the neighbours they must leave alone (a sign-in code, the
/// customer closing their own account, a call transferred, the company called a scam). Every
/// sentence is written for this test (not taken from the YAML's examples or any data set); each
/// expectation is how a human coder reads it with the tags' descriptions.
@Suite struct AccountCodesTests {
  let shipped: ShippedTagging

  init() throws { shipped = try ShippedTagging() }

  func codes(_ text: String) throws -> [String] { try shipped.codes(text) }

  @Test(arguments: [
    // (code, a sentence that must get it)
    ("account", "Opening an account online took less than ten minutes."),
    ("account.verification", "They asked me to verify my identity for the third time this year."),
    ("account.verification", "My driving licence was rejected twice by the app for no reason."),
    ("account.verification", "Proof of address is still pending after two weeks."),
    ("account.verification", "KYC was quick, done the same afternoon."),
    ("account.restriction", "Monzo froze my account and nobody will tell me why."),
    ("account.restriction", "They have been holding my funds for six weeks now."),
    ("account.restriction", "My business account was suspended without any warning."),
    ("account.restriction", "I can't withdraw my savings since they restricted the account."),
    ("account.restriction", "The bank is closing my account because I live abroad."),
    ("account.security", "Two transactions I didn't make went out of my account overnight."),
    ("account.security", "Someone cloned my debit card in Spain."),
    ("account.security", "Got a phishing text pretending to be from the bank."),
    ("account.security", "The fraud department sorted it out in one call."),
    ("account.security", "My email was hacked and then my bank login too."),
    ("account.money_transfer", "Sending money to my parents in Manila takes minutes."),
    ("account.money_transfer", "The wire transfer is still pending after a week."),
    ("account.money_transfer", "Sent $300 to my cousin and it arrived the same day."),
    ("account.money_transfer", "My recipient never received the payment I made on Monday."),
  ])
  func accountTopicsAreTagged(code: String, text: String) throws {
    #expect(try codes(text).contains(code), "\(text)")
  }

  @Test(arguments: [
    // (code, a sentence that must not get it, why)
    ("account.verification", "The verification code took ages to arrive by text.", "a sign-in code: digital.login"),
    ("account.verification", "Verify your email address to finish signing up.", "an e-mail confirmed"),
    ("account.verification", "The lender asked for employment verification three times.", "a loan's checks"),
    ("account.verification", "They checked our passports at the boarding gate.", "a passport at a gate"),
    ("account.verification", "I can verify that this case fits the older model.", "verify as confirm a claim"),
    ("account.restriction", "I closed my account and moved my savings to Nationwide.", "the customer leaving"),
    ("account.restriction", "I'd like to close my account, how do I do that?", "the customer leaving"),
    ("account.restriction", "The shop was closed when we arrived at five.", "a shop's hours"),
    ("account.restriction", "Locked out again after one wrong password.", "a sign-in lockout: digital.login"),
    ("account.restriction", "My card was declined at the petrol station.", "a payment declined"),
    ("account.restriction", "Froze my card in the app as soon as I lost it.", "the customer's own freeze"),
    ("account.security", "This company is a scam, avoid them.", "the company called a scam"),
    ("account.security", "They are absolute fraudsters, they kept my money.", "the company called fraudsters"),
    ("account.security", "The spring sale was a scam, prices went up first.", "a verdict on a sale"),
    ("account.money_transfer", "I was transferred to three different departments and cut off.", "a call transferred"),
    ("account.money_transfer", "Transferring my photos to the new phone was quick.", "files moved"),
    ("account.money_transfer", "The hotel's airport transfer was quick and cheap.", "a ride"),
    ("account.money_transfer", "They refused to transfer the money back to my card.", "a refund"),
  ])
  func neighboursAreNot(code: String, text: String, why: String) throws {
    #expect(try !codes(text).contains(code), "\(text) (\(why))")
  }

  @Test(arguments: [
    // (the neighbour a sentence keeps, the sentence)
    ("general.churn_risk", "I closed my account and moved my savings to Nationwide."),
    ("digital.login", "The verification code took ages to arrive by text."),
    ("digital.login", "Locked out again after one wrong password."),
    ("billing.payment_failed", "My card was declined at the petrol station."),
    ("service.transfer", "I was transferred to three different departments and cut off."),
    // Longest match: the money-transfer rules are terms in sequence, not phrases, so a failed
    // transfer keeps its payment code too.
    ("billing.payment_failed", "They failed to transfer money twice this month."),
    // A hacked account stays personal data as well as security.
    ("privacy.data", "My account was hacked last night."),
  ])
  func neighboursKeepTheirCodes(code: String, text: String) throws {
    #expect(try codes(text).contains(code), "\(text)")
  }

  @Test func theCompanyClosingAnAccountIsNoChurn() throws {
    // general.churn_risk's exclusion (1.16.0): the company is the subject of the closing.
    let text = "After eight years they suddenly decided to close my account."
    let got = try codes(text)
    #expect(got.contains("account.restriction") && !got.contains("general.churn_risk"), "\(got)")
  }

  @Test func aSignInBlockWithoutTheCompanyIsNoLongerLogin() throws {
    // 1.16.0 moved "blocked my account", "froze my account" and "suspended my account" from
    // digital.login to account.restriction; a lockout after failed sign-ins stays digital.login.
    let blocked = try codes("They blocked my account after I queried a payment.")
    #expect(blocked.contains("account.restriction") && !blocked.contains("digital.login"), "\(blocked)")
    let lockedOut = try codes("I got locked out of my account after the update.")
    #expect(lockedOut.contains("digital.login") && !lockedOut.contains("account.restriction"), "\(lockedOut)")
  }
}
