/// What a greeting or thanks may address that is not a person (QA review 23: "Thanks Verizon for
/// nothing", "Hello Netflix please fix", "Hi Amazon Prime team" had the company the feedback is
/// about replaced by [NAME]).
///
/// No list knows every brand, so two rules are used, and an unknown brand still becomes [NAME]
/// (personal data left in is worse than a brand hidden):
/// - a small list of consumer brands that customers address by name and that are not given names
///   (`brands`; "Sky", "Chase", "Ford", "Dell", "Alexa", "Mercedes" are left out because they are);
/// - a greeted name followed by a word naming an organisation or its people ("Hi Amazon Prime team",
///   "Thanks Tesco staff", "Hello Acme Support": `following`).
enum OrganisationNames {
  /// Lower case, ASCII, as the first word of the name.
  static let brands: Set<String> = [
    "amazon", "netflix", "verizon", "vodafone", "tesco", "uber", "ubereats", "spotify", "google", "microsoft",
    "samsung", "apple", "ebay", "paypal", "hulu", "disney", "walmart", "costco", "starbucks", "mcdonalds",
    "mcdonald's", "dominos", "domino's", "argos", "currys", "sainsburys", "sainsbury's", "asda", "aldi", "lidl",
    "morrisons", "waitrose", "ocado", "deliveroo", "airbnb", "expedia", "ryanair", "easyjet", "lufthansa", "klm",
    "emirates", "qantas", "ikea", "zalando", "shein", "temu", "asos", "etsy", "shopify", "zoom", "whatsapp",
    "instagram", "facebook", "twitter", "tiktok", "youtube", "lyft", "doordash", "grubhub", "instacart",
    "peloton", "tesla", "toyota", "nissan", "bmw", "audi", "volkswagen", "hsbc", "barclays", "natwest",
    "santander", "monzo", "revolut", "klarna", "nationwide", "halifax", "comcast", "xfinity", "att", "bt", "ee",
    "virgin", "talktalk", "plusnet", "giffgaff", "telekom", "movistar", "allegro", "inpost", "evri", "hermes",
    "dpd", "dhl", "ups", "usps", "fedex", "yodel", "parcelforce", "hbo", "playstation", "xbox", "nintendo",
    "roblox", "duolingo", "groupon", "trivago", "skyscanner", "trainline", "eurostar", "ovo", "edf", "nhs",
    "dvla", "hmrc", "vinted", "wish", "boots", "superdrug", "primark", "zara", "uniqlo", "nike", "adidas",
    "sephora", "ulta", "bestbuy", "homebase", "wickes", "screwfix", "halfords", "ticketmaster", "hellofresh",
    "gousto", "justeat", "zomato", "swiggy", "flipkart", "paytm", "jio", "airtel", "lazada", "shopee", "grab",
    "gojek", "rakuten", "alibaba", "aliexpress", "wayfair", "chewy", "hotels", "booking", "agoda", "canva",
    "dropbox", "adobe", "slack", "openai", "chatgpt", "three",
  ]

  /// Words that, right after a greeted name, make it an organisation: its people, departments and
  /// legal or trading forms.
  static let following: Set<String> = [
    "team", "teams", "support", "staff", "crew", "store", "stores", "shop", "customer", "customers", "service",
    "services", "care", "helpdesk", "help", "app", "company", "group", "bank", "airline", "airlines", "airways",
    "delivery", "deliveries", "express", "uk", "us", "usa", "ltd", "inc", "plc", "llc", "corp", "gmbh", "online",
    "direct", "energy", "broadband", "telecom", "pharmacy", "hotel", "hotels", "restaurant", "cafe", "airport",
    "station", "branch", "office", "people", "folks", "guys", "agents", "reps", "management", "department",
    "dept", "account", "accounts", "sales", "billing", "tech", "technical", "mobile", "network", "insurance",
  ]
}
