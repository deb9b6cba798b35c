import Tokenization
import VerbatimCore

/// The default profile's customer-feedback rules, applied on top of the VADER-style rules of
/// `DefaultProfileScorer`:
///
/// 1. **Clause openers end negation scope.** A subject pronoun ("it", "I", "we", "they", "it's"…)
///    starts a new clause, which a stand-alone negator before it ("no", "nothing", "never"…) does
///    not reach: "Nothing it was perfect" (the answer to "what could we do better?") is praise, not
///    "not perfect". A verb negator still reaches it: "doesn't mean it's good".
/// 2. **Polarity kept under negation.**
///    - Emoji and emoticons are never negated: they are the writer's own reaction, outside the
///      syntax of the sentence ("not what I ordered 😡").
///    - Terms tagged `negation=keep` in a lexicon are things customers want ("refund",
///      "callback"): "no refund" and "still haven't had a callback" are complaints too.
///    - A negated comparative after a copula or "get"/"ask" is a superlative: "couldnt be happier",
///      "couldn't have been nicer", "could not be better", "never felt better". A comparative here
///      is a one-word term ending in "-er" (better, happier, nicer, easier, faster…) or "worse":
///      "couldn't have been worse", "never been worse" stay negative.
///    - "can't/cannot/couldn't … enough" is praise: "can't recommend them enough", "can't thank
///      you enough", "can't say enough good things"; a negative lexicon phrase that opens with the
///      modal negator ("can't recommend" −2.4) has its sign reversed when "enough" follows.
///    - "never" + a verb + "so"/"such"/"this" before the term is a superlative: "never slept so
///      well", "never had such good food", "I've never been this disappointed".
///    - A negated verb of fixing leaves the problem after it standing: "Didn't solve my problem",
///      "never fixed the fault" (the negator does not reach the problem through the verb); so does a
///      negated verb of acting on it: "no one explained the delay", "never acknowledged my
///      complaint" (review r28). Verbs of having or seeming keep the flip: "never had a problem",
///      "doesn't look bad".
///    - The negator of a "negator + even" phrase ("didn't even", "never even") negates the term
///      right after it: "didn't even clean the room" (review r28).
///    - "No thank you" / "no thanks" that opens the text and ends its clause declines politely, as
///      "No, thank you" does: the thanks is not negated ("No thanks to the courier" is).
///    - "used to" negates only as a past habit ("used to love it"); after a form of "be" or "get"
///      it is a passive or "accustomed to" ("is used to build cool widgets", "got used to the
///      great service") and negates nothing.
/// 3. **Repeated unwanted action.** "keeps/kept (on)" followed by an unscored "-ing" verb
///    reports a recurring fault in feedback ("keeps logging me out", "kept asking for my order
///    number"), and so does "you/they keep" ("you keep raising the price"; review r26) and an
///    imperative "stop" + "-ing" that opens the sentence ("Stop closing branches", "please stop
///    changing the app"; review r24): the "keeps"/"kept"/"keep"/"stop" word scores
///    `SentimentParameters.repeatedActionValence`. Not when the "-ing" word is
///    "going"/"coming"/"smiling"/"growing"/"expanding"/"evolving" or a positive term follows ("keeps
///    getting better").
/// 4. **Sarcasm.**
///    - An eye-roll, upside-down or unamused face (🙄 🙃 😒) marks the sentence's praise as ironic.
///    - A short final clause of praise (≤ `shortPraiseWords` words) with clapping hands (👏) right
///      after a negative clause is ironic: "only 3 weeks late this time, real progress 👏".
///    - A sentence of short praise with clapping hands right after a negative sentence is ironic:
///      "on hold 25 min, transferred, cut off. fantastic 👏👏". Without the marker, short praise
///      after a complaint stays praise ("Refund took 2 days. Impressed.", "Delicious!"): the
///      preceding sentence is often only factual.
///    - "Love how …", "love being …", "love when …", "amazing how …" opening a sentence whose rest
///      names a fault and no praise: "I love when my parcel arrives broken" (review r24). So do
///      "Great/Nice/Good/Glad … to know/see/hear" when the rest adds up to a complaint (at most
///      −1.0, no fix): "Great to know 10 years as a customer means nothing", "Good to know my
///      complaint was ignored again" (review h55b); "Good to know the shop opens late on Thursdays"
///      is news.
///    - A last clause that is only an exclamation of praise, right after a complaining clause of the
///      same sentence, is ironic as the sentence after a complaint is: "The app crashed again,
///      great." (review r23).
///    - A sentence that opens with a sarcastic assent standing alone ("Oh sure,", "Yeah right,",
///      "Yeah, really,"): "Oh sure, I love explaining my medical history at the counter" (review
///      r26; "yeah, really": review h55b).
///    - A sentence with rule 15's "only took" + months or years that an exclamation of praise alone
///      follows: "Wow, only took them six months to answer one email. Impressive." (review h55b).
///    - "Said no one ever", "said nobody" anywhere in the text: all its praise is ironic (review r36).
///    - Sarcasm is kept up: a sentence of short praise (≤ `shortPraiseWords` words, no negator or
///      contrast) after an earlier ironic sentence of the text is ironic too: "Brilliant, my train
///      was cancelled again. Best commute ever." (review r27).
///    Ironic praise is multiplied by `SentimentParameters.ironicPraiseScalar`.
/// 5. **Return intent.** The domain pack rates a bare "again" as a recurring fault (−0.4: "broken
///    again"). After the writer's intent modal and a verb of coming back ("Would definitely stay
///    again", "I'd fly with them again", "would work with her again", "I'd hire him again") it is a
///    promise to come back:
///    `SentimentParameters.returnIntentValence`. After a refusal ("won't use them again", "would
///    definitely not stay again", "Never flying with them again", "I'm not going back again") it is
///    the opposite:
///    `SentimentParameters.refusedReturnValence`. "I will have to call again" (no verb of coming
///    back), "It will happen again" (not the writer), "not sure I'd stay again" (a hedge), "would
///    you stay again?" (a question) keep the lexicon's reading; "wouldn't hesitate to stay again" is
///    an intent.
/// 6. **Counterfactual praise.** A positive term after a counterfactual perfect ("would have",
///    "could've", "I'd have", "should have") within the negation scope did not happen: "It would
///    have been nice to get a call", "I would have liked more choice", "could have been more
///    helpful", "I would have given 5 stars if …". It is negated as by a negator. Negative terms
///    keep their sign ("would have been lost without them"), and so does a term after an
///    obligation ("would have to say it's great"), a new clause ("I'd have said it was good"), or
///    a phrase that opens with a negator ("would have no hesitation"), and so does a term after a
///    modal whose subject is "nothing", "nobody", "no one" or "none": "No one could have done better"
///    denies the wish (`FeedbackRules+DeniedWish.swift`).
/// 7. **Wishes.** A positive term wished for in a counterfactual ("I wish the staff were more
///    helpful", "wish they had called me back", "if only it would work") did not happen: it is
///    negated as by a negator, after its own negation ("wish it wasn't so expensive" is negative).
/// 8. **Sarcastic thanks.** Thanks for a harm ("Thanks for losing my bag") is ironic, also with the
///    one thanked between ("Thanks Sarah for nothing", "thank you [NAME] for nothing"; QA review 19).
/// 9. **Wished-for comparatives.** "could/should/would/might be" + a comparative asks for what is
///    missing ("Staff could be friendlier", "Prices could be more reasonable"), and so does an
///    imperative "make" that opens the sentence ("Make the website easier to use", "please make it
///    cheaper"): the comparative is negated as by a negator. Not when the modal's subject is
///    "nothing", "nobody", "no one" or "none": "Nothing could have been done better" is praise.
/// 10. **Complaint questions.** A sentence that opens with "why" asks why something went wrong
///    ("Why is my bill $40 higher?", "Moved to aisle without asking. Why?"): the "why" scores
///    `SentimentParameters.complaintQuestionValence`. Not "why not …" or "why I/we …". So does a
///    "why?" that closes a sentence after a comma or dash ("Payouts take 5 days, why?"; QA review 43).
/// 11. **Scare quotes.** A positive term in double quotes with at most three words between them is
///    the company's word, doubted ('a "free" checking account', 'the "unlimited" plan'): it counts
///    nothing. Single quotes count too when they quote rather than end a possessive ("the 'famous'
///    ribs were mostly bone"; review r25).
/// 12. **Excess.** A positive word right after an intensifier of excess ("too", "way too", "far
///    too", "much too", "all too", "overly") is more than the customer wanted: "the course moves
///    too fast", "far too friendly", "way too simple". It scores −|valence| × `excessScalar`. Not
///    "too kind", "too good", "too cute", "too funny" (politeness and praise), nor a phrase the
///    lexicon lists whole ("too good to be true"), nor after a negator: "not too keen", "not too
///    happy" are understatements ("not very"), negated as usual.
/// 13. **Suggestions.** After a phrase the lexicon tags `frame=suggestion` ("would be nice to", "it
///    would be great if"), a positive term names what the customer asks for, not what happened:
///    "Would be nice to have more flexibility", "would be great if the app was faster". It counts
///    nothing up to the end of the clause (a boundary or a contrastive connective). Negative terms
///    keep their value: they name the problem ("would be nice if it didn't crash so much" is a
///    complaint; rule 41).
/// 14. **Rhetorical "how".** A question that opens with "how" + "is/was/are/were/can/could" +
///    "this/that/it/they" and ends with "?" denies the praise it names: "How is this acceptable?",
///    "how is that fair?", "How is this good customer service?" (review r23). The positive term is
///    negated as by a negator. Not after a degree word, which marks amazement ("How is it this
///    good?", "how is this so cheap?"), and not a question about someone else ("How was your stay?").
/// 15. **Long waits.** "took", "taken" or "taking" + a number of weeks, months or years reports a
///    wait the customer did not want, with or without another word of complaint: "Certificate took
///    2 months to arrive", "has taken over 3 weeks", "taking nearly a year", "took them months"
///    (one object pronoun may follow the verb). The verb scores
///    `SentimentParameters.longWaitValence`. Not after "only"/"just" ("only took a week") or a
///    negator, and not days or hours ("took 2 days" may be praise). "only"/"just" + months or years
///    with an exclamation of praise alone after it ("…, amazing", "… Incredible.") is sarcasm: the
///    wait counts, and rule 4 reads the praise as ironic (review h55b); "Only took 3 months to sell
///    our house, brilliant agents" is praise.
/// 16. **Polite formulas.** Thanks that only closes a filler answer ("Nothing else, thanks", "No
///    thank you", "n/a thanks", "None at the moment, thank you") states no opinion: it counts
///    nothing. Every other word of the text must be a filler (`fillerAnswers`, at least one, or
///    `thanksContinuations`); "All good, thanks", "Thanks for your help", "Thank you very much" and
///    "Thanks" alone keep their praise, and "No thanks to you" its sarcasm.
/// 17. **Questions.** A question that opens with an auxiliary ("Do you offer a student discount?",
///    "Is gift aid applied automatically?", "Are the tickets transferable to a friend?"; review
///    r26) asks; its mild positive terms (lexicon valence below
///    `SentimentParameters.questionPraiseCeiling`) count nothing, and so do its weak negative
///    terms (valence at or above `questionComplaintFloor`: "Is there a fee for cancelling?";
///    reviews r33 and r34) unless the question holds an amount ("Is it normal to wait 3 weeks?").
///    Other negative terms keep their value ("Is it normal to be on hold this long?"), and so does
///    strong praise ("Can I just say how amazing the nurse was?"). Not negative questions ("Isn't
///    it great?"). A question closed by "?!" or "?!!" asks as one closed by "?" does, and an
///    emoticon or emoji after the closing mark keeps its value ("Is it any good? :)").
/// 18. **Lukewarm answers.** A text (of at most `SentimentParameters.lukewarmAnswerMaxWords` words:
///    any length by default, since review r32) whose only opinion terms are lukewarm (tagged `tone=lukewarm` in the lexicon: "ok", "fine",
///    "alright", "average", "so-so", "meh", "nothing special"), none negated, boosted, weighted by a
///    contrast or emphasised by "!", is neutral: "ok i guess", "Average experience", "It was fine.
///    Nothing special." (58 of 60 such answers were coded neutral in reviews r22a–r26). A bare
///    thanks closing such an answer is politeness and counts nothing too ("fine thanks", "ok, thank
///    you"; review r28). Another opinion keeps every value ("ok but the food was terrible"), and so
///    does "Thanks" alone.
/// 19. **What a fix removed.** A negative term that is the object of a fix that happened ("fixed my
///    broken boiler", "sorted the damp problem", "cleared the backlog", "sorted out a problem"; at most three plain words
///    between) or the subject of a passive fix ("the leak was repaired", "my issue has been
///    resolved", "the fault got sorted") counts nothing: the problem is gone, and the fix is the
///    news (review r28: "sorted the damp problem" was negative). The verbs are the past forms of
///    `WordList.fixVerbs`, or a base form after a frame of accomplishment ("managed to fix the
///    problem", "was able to resolve my issue", "helped me sort out the problem": fiftieth session;
///    `isAccomplishedFix`), or an "-ing" form that thanks are for ("Thanks for solving my issue",
///    "thank you so much for sorting out the problem": CSAT remarks 55). A base form without
///    praise of its own ("fix") lends the problem the fix's,
///    `SentimentParameters.accomplishedFixValence`; one with it ("solve") keeps it, and the
///    problem counts nothing. A frame denied, supposed, wished or asked about is none ("never
///    managed to", "nobody has been able to", "if only they had been able to", "Has anyone been
///    able to fix it?"). A wrong object ("replaced the wrong part") is the fix's fault, not what
///    it removed. A fix not done keeps the problem: negated ("never got
///    fixed", "wasn't repaired"), asked for ("needs to fix the broken lock"), or a phrase with its
///    own negator; so does what is not the fix's object: an adverb of how it went ("handled
///    badly"), a term after "and"/"but"/"then" ("fixed the heating and damaged the floor"), or a
///    substitution ("replaced by").
/// 20. **Balanced answers.** An answer that says its praise and complaints even out, with a phrase
///    the lexicon tags `frame=balance` ("swings and roundabouts", "it evens out", "it's a mixed
///    bag", "mixed feelings", "depends who you get"), and that holds both a positive and a negative
///    term, is neutral: every term contributes nothing (review r29: "The sofa itself is lovely but
///    delivery was a nightmare, so it evens out" was −0.64, as the contrast weighed the complaint).
///    Without a term of each sign the phrase changes nothing ("mixed bag of great options" stays
///    praise), nor does "on balance", which usually introduces a verdict. An answer of one sentence
///    that denies both verdicts is balanced too: "Not great, not terrible", "Not good, not bad",
///    "not the best but not the worst" (review h55b; `deniesBothVerdicts`).
/// 21. **Laughter at a complaint.** Laughter (lexicon tag `tone=laughter`: "lol", "haha", "lmao",
///    😂, 🤣) in a text with a negative term marks the complaint's tone, not praise: it counts
///    nothing ("the food was cold lol" was mildly positive). Alone or with praise it keeps its
///    value ("great staff lol").
/// 22. **Tears of joy.** Loud crying (lexicon tag `tone=tears`: 😭) in a text whose other terms are
///    all praise or laughter says how strongly the praise is felt, as social media uses it ("the new
///    menu is so good 😭", "😂😭"): it counts nothing (review r31: "this update is so good 😭" was
///    barely positive, and 😭 was in 5 positive and 2 negative posts). With a negative term or alone
///    it keeps its value ("my order got cancelled 😭", "i miss the old menu 😭").
/// 23. **Thanks after a complaint.** A bare thanks ("thanks", "thank you", "cheers", unmodified) in a
///    sentence after sentences that add up to a complaint closes it politely and counts nothing
///    (review r32: "…came back still squeaking. Thanks for the coffee." and "…that is not
///    acceptable. … Thanks for asking anyway." were positive). A stronger thanks that the lexicon
///    lists ("thank you so much"), other praise in its sentence ("Thanks to Jo, she was
///    brilliant") and thanks after praise keep their values. A complaint is a sum at or below
///    `SentimentParameters.lonePraiseAfterComplaint`, as for rule 4's lone praise: a doubt the
///    writer overcame, weighed down by "but" ("I was skeptical but it got me a job. Thank you!"),
///    is none (QA review 42).
/// 24. **A fix not done.** A fix verb (`WordList.fixVerbs`: "fixed", "resolved", "repaired",
///    "sorted"…) right after "be" ("nobody can tell me when it will be fixed", "it was supposed to
///    be resolved last week", "should be properly repaired"), or with "until", "till" or "unless" at
///    most four tokens before it ("until it is repaired"), reports a fix awaited or promised, not
///    done: its praise counts nothing (review r32: "…nobody can tell me when it will be fixed" was
///    positive). "It was fixed the next day" and "has been resolved" keep it.
/// 25. **Expected outcomes.** A term tagged `negation=only` (`ValenceEntry.countsOnlyNegated`) is an
///    outcome customers expect: a delivery that comes, an agent who responds, money that is
///    credited. Negated ("delivery boy not came", "nobody picking up", "refund not reflecting",
///    "haven't heard back") it counts its lexicon value as given; affirmed it counts nothing. The
///    negator must deny the outcome itself: at most two words before it, no opinion term between,
///    not "less", and not the end of a hyphenated compound ("so-called"); a negator right after it
///    as its object counts too ("came nothing"). Review r33: complaints stated as a missing outcome
///    in learner and regional English scored nothing, and the lexicon listed negated phrases one
///    person and spelling at a time ("no one came", "nobody came", "noone came"). An arrival that
///    came after the event it was for ("The cake arrived the morning after the wedding", "came two
///    days after her birthday") was late: it counts its lexicon value (review h55b); "arrived after
///    two days" and "arrived the day after I ordered" keep the rule's reading.
/// 26. **Courtesy around a request.** An answer whose only opinion terms are courtesy — a bare
///    thanks after its question ("How do I reset my password? thank u"), a greeting ("Good
///    morning, how do I change my plan?"), "kindly" opening a request ("kindly share the
///    syllabus") — and that asks a question or says "please"/"pls"/"kindly" is neutral (review
///    r33: 12 requests were positive). A thanks before the question ("Thanks! When are you back?"),
///    courtesy without a request ("Good morning world!") and any other opinion keep their values.
/// 27. **Unmet obligations.** "should have" / "should've" / "ought to have" (or their negations) +
///    a past participle says what was owed and not done ("Should have been told about the fee",
///    "should've been a two minute job", "They shouldn't have charged me twice"): the modal scores
///    `SentimentParameters.unmetObligationValence`, and its own negator does not flip the
///    participle. Not "as it should have been" (a standard met), not the writer's regret at coming
///    late ("we should have switched years ago"), not a question (review r35; with rule 28 it moved
///    22 labels of the VADER ground truth to the raters' label and none away from it).
/// 28. **Unmet conditions.** A counterfactual condition ("if the part had been in the van", "if
///    I'd known", an inverted "had someone told us") with a counterfactual consequent ("would
///    have", "wouldn't be"), in a sentence with no other opinion, says the condition failed: the
///    "if" scores `SentimentParameters.unmetConditionValence`. Not a negated condition (an averted
///    outcome: "if they hadn't caught it we'd have paid twice"), "even if", "as if", or "if I had
///    to choose".
/// 29. **What a counterfactual presupposes** (`FeedbackRules+Averted.swift`). An averting
///    condition ("without X", "were it not for X", "if it wasn't for X", "if not for X", "if they
///    hadn't …") names what was there: its negator does not flip X. A negative term in a
///    first-person consequent of one is what the writer was spared, negated: "Without their help
///    we'd have missed the deadline", "We would have been lost without them" (review r35). A
///    negated consequent of an unmet condition happened: "had they answered the first email we
///    would not have lost a day" keeps "lost" (not when the condition holds praise: "If I'd known
///    how good they were I wouldn't have waited so long").
/// 30. **Plain excess.** A word the lexicon does not score, right after an intensifier of excess
///    that ends in "too" ("too high", "far too slow", "too many steps", "way too long"), is a
///    complaint: `SentimentParameters.plainExcessValence` (QA review 19: "Prices are too high"
///    scored 0). Not after a negator or "only" ("not too long", "only too happy"), and not a
///    pronoun, conjunction or address ("me too", "you too mate").
/// 31. **Prompt outcomes.** "within" (or "in under", "in less than") + seconds, minutes or hours is
///    praise of speed: "Nurse phoned back within the hour", "Password reset done in under a
///    minute" (`SentimentParameters.promptOutcomeValence`; review r36). Not in a clause with a
///    negator, a modal, a condition or a promise before it ("will call within 2 hours", "if you
///    cancel within 48 hours"), a negative term ("broke within an hour") or the writer's compliance
///    ("sent photos within the hour as asked"); not days (a policy's "within 14 days").
/// 32. **Promise and delivery** (`FeedbackRules+Promise.swift`). An idea, design or look praised,
///    then how it works faulted, the clauses joined by a comma alone ("Good idea, poor execution",
///    "Looks great, works terribly"): weighted as around a "but", so the complaint decides.
/// 33. **Sarcastic congratulations** (`FeedbackRules+Congratulations.swift`). Congratulations on a
///    harm ("Great job losing my parcel", "Well done for ignoring my emails") are ironic, as thanks
///    for one are (rule 8).
/// 34. **Complaints that turn the sentence** (`FeedbackRules+ContrastTerms.swift`). A term tagged
///    `contrast=after` ("shame about", "pity about") after another term weighs the sentence as a
///    "but" at its place would: "Lovely staff, shame about the product" is a complaint.
/// 35. **Broken promises** (`FeedbackRules+BrokenPromise.swift`). A sentence that only denies
///    ("They didn't.", "It wasn't.", "Nobody did.", "Never happened.") after a sentence that reports
///    a promise ("They said they'd sort it", "Told me it would be refunded") scores
///    `SentimentParameters.brokenPromiseValence`. So does a clause after a comma that only denies,
///    in the sentence of the promise ("Promised a refund by Friday, there wasn't one", "They said
///    they'd ring back, they never did", "…, there was none when we checked in"), and the praise of
///    what was promised counts nothing; not an elliptical copula ("Was told it would be busy, it
///    wasn't": rule 40), a hedge ("said it might") or a fear (review h55b).
/// 36. **Praise that opens a complaint** (`FeedbackRules+Concessions.swift`). A sentence that is
///    only a strong praise interjection ("Great.", "Oh wonderful!") right before a plain complaint
///    ("Great. Another delay.", "Wonderful. My card declined again.") is ironic, as it is before a
///    comma (rule 4): its sum × `ironicPraiseScalar`. Not before a complaint conceded as minor ("only
///    complaint", "a bit", "shame about"), with a connective, praise or a fix in it, and not after
///    the mild "Good." or "Nice.".
/// 37. **Substitutions** (`FeedbackRules+Substitution.swift`). One thing ordered or booked and
///    another received, in one sentence with no opinion word ("Ordered a blue one, received a red
///    one", "Booked a double, got two singles"): the verb of receiving scores
///    `SentimentParameters.substitutionValence`. What came must share a word with what was ordered
///    or end the clause within three tokens, and be no message, refund or extra.
/// 38. **Prices quoted as the complaint** (`FeedbackRules+PriceQuote.swift`). A sentence that opens
///    with a currency sign, an amount and "for", "to" or "just" ("£9 for popcorn.") and holds no
///    other opinion: the amount scores `SentimentParameters.priceQuoteValence`.
/// 39. **Praise asked as a question** (`FeedbackRules+QuestionedPraise.swift`). A sentence that is
///    only a word of praise or a bare thanks and ends with "?", after a sentence that is not praise
///    ("… a bottle of bleach. Thanks?"), is ironic: × `ironicPraiseScalar`.
/// 40. **Elliptical negation** (`FeedbackRules+Ellipsis.swift`). A clause that ends with a negated
///    auxiliary ("The food was good, the service was not.", "… the wait times aren't") leaves out
///    the term of the clause before it: that term counts again at the negator, negated, and the
///    clauses weigh as around a "but".
/// 41. **Wishes for what should already happen** (`FeedbackRules+Frames.swift`, with rule 13). A
///    suggestion frame's clause that wishes a fault away ("Would be nice if the app didn't crash")
///    keeps the fault's lexicon value, not its negation; one that wishes for an expected outcome
///    (rule 25: "would be good if they replied to emails") counts that outcome as missing; and a
///    wish that says "actually" or names something that should work ("Would be nice if the aircon
///    worked", "A tracking page that actually tracks something would be nice") or a fix ("would be
///    great if they fixed the app"; review h55b) makes the frame itself score
///    `SentimentParameters.unmetWishValence`. A wish for more ("would be nice if the
///    app was faster", "would be nice to have more sizes") still states no verdict (QA review 42).
/// 42. **Waits stated with their duration** (`FeedbackRules+TimedWaits.swift`). A word of waiting
///    with a duration after or before it ("waited 40 minutes", "the wait was 50 minutes", "a 2-hour
///    wait", "queued for over an hour") scores `SentimentParameters.longWaitValence` for fifteen
///    minutes up to an hour and `hoursWaitValence` for an hour or more, when that is stronger than
///    its lexicon value; not after a negator or "only"/"just", not "less than 20 minutes", and
///    never a positive phrase ("didn't have to wait"; QA review 43). Time the writer spent counts
///    as a wait: "took me 20 minutes to find the button", "took us 3 hours" (QA review 44). Sitting
///    or being stuck somewhere is a wait, and a short place may stand between the wait and its
///    duration: "sat on the tarmac for 2 hours", "been sitting at the gate for 45 min", "waited in
///    line for an hour" (a preposition, one to three words, "for"; airline review 45). A number
///    may be written together with its unit ("sat for 3hrs", "waited 45mins"), but a duration
///    before "old" is an age ("sitting a 5 year old alone"). The minutes or hours a service step
///    took are a wait when the step is named ("Check-in took 45 minutes", "Drinks took 20
///    minutes") or what was awaited follows ("It took 40 minutes to get a table", "took an hour to
///    be seen"); a length of time alone is not ("The tour took two hours"). So is a duration
///    after "after" in a sentence with "finally" or "eventually" ("Finally spoke to a human after 45
///    minutes", "After 3 weeks I eventually got my refund"). So is a duration of fifteen minutes or
///    more that opens the sentence, right before what was awaited ("Forty minutes to get through to
///    someone", "3 hours to get hold of the agent", "An hour to speak to a manager"; review h55b);
///    not "Two hours to get to the airport" (nothing awaited) nor a time judged well. Dates that say
///    how long a wait has run are a wait of days: "now the" + a later day of the month than one
///    before it ("Ordered on the 3rd, it's now the 20th"; review h55b); not without "now"
///    ("Ordered on the 3rd, arrived on the 4th") nor with praise in the sentence.
/// 43. **Contacts and efforts counted out** (`FeedbackRules+CountedRepeats.swift`). "N times" (N
///    three or more, or "several", "multiple" …) after a verb of contacting or trying, or "same",
///    in its clause ("phoned the surgery 6 times", "asks for the same information three times")
///    scores `SentimentParameters.countedRepeatValence`; not after a negator, nor in a clause with
///    praise ("visited 5 times and loved it"; QA review 44). So does an ordinal of the third or
///    later before a noun of contact or effort, at most two words between ("On my 4th router
///    reset", "the 7th engineer visit"; review h55b); not before another noun ("Third car I've
///    bought from them") nor in a clause with praise. A count of the lexicon ("third time", "2nd
///    time") before a gerund of custom counts the writer's own visits, which is loyalty: "It's my
///    third time staying here", "Second time ordering from them" count nothing (`visitCounted`;
///    review h55d); "Third time I am calling" keeps its value.
/// 44. **A bill above the quote** (`FeedbackRules+BillOverQuote.swift`). In one sentence, a word of
///    quoting with an amount ("quoted £300", "the estimate was $1,200") and then a word of billing
///    with a larger amount ("the bill was £780", "charged $2,000"): the larger amount scores
///    `SentimentParameters.billOverQuoteValence`; not at or under the quote, nor after a negator
///    (QA review 44).
/// 45. **A problem that went away** (`FeedbackRules+ProblemGone.swift`). A negative term followed,
///    with at most three link words between, by a verb of going away that ends the sentence or is
///    followed by how or when ("my back pain is gone", "the pain disappeared after two sessions",
///    "the noise has stopped", "the rash cleared up", "the problem went away") counts nothing, as
///    does a verb that is negative on its own ("disappeared", "vanished"); not when negated ("hasn't
///    gone", "never went away") or followed by anything else ("gone missing", "stopped me sleeping")
///    (QA review 44).
/// 46. **Help asked for** (`FeedbackRules+RequestedHelp.swift`). A bare "help" in a sentence that
///    asks a question or says "please"/"pls"/"kindly", or opening its sentence as a plea (alone or
///    before "me"/"us"/"her" …: "Can you help me change my flight?", "A little help?", "Help! I've
///    been on hold for an hour", "Help me find a seat"), is a request, not praise: it counts
///    nothing; other openings ("Help Launch the campaign") keep theirs. Help given ("they were a great help"), "helped", "helpful" and a
///    negated or boosted "help" keep their values (airline review 45: help asked for was negative
///    24 times, neutral 14, positive never).
/// 47. **How a failure went** (`FeedbackRules+FailureManner.swift`). A manner adverb ("properly",
///    "correctly", "right", "smoothly", "reliably", "well" …; `mannerAdverbList`) right after a
///    failure states how it failed, not praise: after a failure term ("won't open properly",
///    "stopped syncing properly", "can't connect reliably") it counts nothing, as in the lexicon's
///    own phrases ("not working properly" scores what "not working" does); after a negator and an
///    unscored verb ("doesn't open properly", "didn't do it right") it scores
///    `SentimentParameters.failureMannerValence`. "right" only at the end of its clause ("broken
///    right now" is no manner). A manner asked for scores the same: "properly", "correctly",
///    "accurately" or "right" after "please" ("Please label the shelves correctly") or before
///    "next time" ("Do it right next time"; review h55b).
/// 48. **A closing sarcastic "not"** (`FeedbackRules+ClosingNot.swift`). A "not" that stands alone
///    at the end of a statement, after a comma, full stop, ellipsis or dash, with at most "." and
///    "!" after it ("Great service... not", "Best airline ever -- not.", "Great service. NOT!"),
///    takes back the statement's praise: each positive term of the sentence before it (or of the
///    sentence right before a sentence that is only "not") is negated, × `negationScalar`;
///    negative terms keep their value. Not "… or not", "maybe not", "why not?", "hopefully not", a
///    "not" that asks, or one after a question.
/// 49. **Thanks as a cause** (`FeedbackRules+CausalThanks.swift`). "Thanks to" a cause that
///    complains ("thanks to a witless script"), or to a neutral one in a sentence that complains
///    ("Thanks to them, my order arrived two weeks late", "My parcel is lost thanks to your
///    courier"), blames: the thanks counts nothing. A cause with praise in it ("easy to swallow
///    thanks to remarkable performances") and a sentence without a complaint keep the thanks.
/// 50. **Praise on a condition** (`FeedbackRules+ConditionalPraise.swift`). "would/could/might be"
///    + praise + "if" in one clause names what the product is not yet: "It would be a great app if
///    it didn't crash", "This could be a lovely hotel if the rooms were cleaned". The modal opens a
///    suggestion (rule 13): the praise and the condition's praise count nothing, and a fault the
///    condition wishes away is the complaint (rule 41). Not "should be" (a prediction), "even if",
///    "as if", "if" + a gerund ("would be helpful if shooting at night": "when"), nor the perfect
///    ("would have been great if" is rule 6's). The condition may come first when it is wished
///    (a past or a modal: "If it were cheaper it would be perfect", "If the app didn't crash so
///    much, it would be great", "If the app crashed less it would be great", "If they answered the
///    phone it would be a good service"); not the
///    reader's situation ("If you need a quick fix it would be perfect"), the writer's choice ("If
///    I had to describe it…"), a prediction ("If the sponsors pay attention…") or a trouble the
///    praise deals with ("if there was a misunderstanding, she would be on top of it"). A
///    recommendation, return or rating after the modal is praise on a condition too: "I'd
///    recommend them if they fixed the app", "Would give 5 stars if the app worked", "I would
///    happily recommend them if they answered the phone" (review h55b); "Would recommend if you
///    need a quick fix" is the reader's situation, but not one the reader must put up with ("if
///    you're not in a hurry", "if you don't mind the noise"; review h55f).
/// 51. **Other providers** (`FeedbackRules+OtherProviders.swift`). A clause whose subject is another
///    provider ("Other banks are far more helpful", "Every other airline was better", "Their
///    competitors are cheaper") or what the reviewed one was before ("The old app was much better")
///    compares: praise of it is a complaint about the one reviewed, another provider's faults praise
///    it ("Other banks are worse"), both × `negationScalar`; the faults of what was replaced count
///    nothing. Not "no other" or "another", a provider after a verb or preposition ("than other
///    airlines"), people ("other hotel guests"), "the other day", a former one outside the past
///    ("The original owners would be proud"), nor a sentence that states parity ("just as bad",
///    "also", "still", "so was"). A provider the writer has left is what was replaced, in any tense:
///    "My previous insurer was more helpful", "My old bank was far better", "The last company I
///    used was much quicker", "The last hotel we stayed at was much nicer" (not "the last update",
///    "the old hotel", "the previous agent", "the last hotel on our tour"). A former subject called
///    a person keeps the praise of what the person is ("The previous owner was a lovely man"; not a
///    comparative: "a much nicer man"). An expected outcome another provider delivered is the
///    reviewed one's failure: "Other insurers paid out within a week" (rule 25's term counts its
///    lexicon value; review h55b).
/// 52. **A comparative alone** (`FeedbackRules+ComparativeRequest.swift`). A one-sentence answer
///    that is only a comparative and one to three words ("Better communication", "Faster delivery",
///    "More helpful staff", "Cheaper prices please") names what is asked for, as "More staff"
///    does: the comparative counts nothing. Not with "than", "now", "already" or a verb of being
///    ("Better than expected", "Much better now", "Better days ahead"), nor with another positive
///    term (a negative one keeps its score: "Quicker response time"; FFT comments 55), nor
///    an "-er" word that is no comparative ("Super service", "Proper job"; CSAT remarks 55).
/// 53. **Praise for those who like a harm** (`FeedbackRules+SarcasticCondition.swift`). Praise
///    before "if you like/enjoy/love/want/fancy" + a harm is sarcasm: "Brilliant service, if you like
///    being ignored", "Perfect if you enjoy being ignored". The praise is ironic (rule 4's factor),
///    the liking verb counts nothing. Not a condition that avoids the harm ("if you want to avoid
///    the crowds") or names none ("Great if you like spicy food"). The audience may be named: "Great
///    for those who enjoy being ignored", "Ideal for anyone who loves being overcharged".
/// 54. **A trouble never faced** (`FeedbackRules+SparedTrouble.swift`). The negator of "never had
///    to deal with", "didn't have to chase", "no need to worry about", "without having to wait
///    for" reaches the negative term after the verb, however far: "We never had to deal with any
///    issues", "No need to worry about delays" are praise. Not an obligation stated ("shouldn't
///    have to", "should never have to"), a hope ("won't have to"), a superlative ("never had to
///    wait so long") or a wanted thing ("never had to wait for help" keeps "help").
/// 55. **Praise not valued** (`FeedbackRules+DevaluedPraise.swift`). The nearest term before
///    "counts for nothing", "means nothing", "meant nothing", in its clause, is what the writer
///    says is not valued: "My loyalty of 12 years counts for nothing", "Ten years as a loyal
///    customer means nothing to them" — a positive term there counts nothing (review h55b).
///
/// One reading sits outside the scorer, since it needs what the text alone lacks: given the survey
/// question an answer replies to, a bare answer ("Nothing.", "Everything!") takes that question's
/// sign (`SentimentScorer.score(_:explain:question:)`, `QuestionFrame`, `BareAnswer`; explained as
/// `question frame`).
///
/// Lengthened words are read shortened by every rule that tests a word's spelling ("whyyy is my
/// bill so high" opens with "why" for rule 10, "maaake it easier" with "make" for rule 9):
/// `DefaultProfileScorer.shortenedForRules`, with the forms `Elongation` gives the lexicon lookup.
/// Rule 2 also keeps the polarity of a term in a negative question that asks for agreement ("Isn't
/// it awful?"), and a negator that flipped one term does not reach past it ("No doubt the best").
///
/// The word lists below are closed-class grammar words (pronouns, auxiliaries), not valence data,
/// so they live here rather than in `lexicons/`.
extension DefaultProfileScorer {
  /// `Unit.entry` of a "keep + -ing" unit (rule 3); not an index into the valence entries.
  static let repeatedActionEntry: Int32 = -2

  /// 🙄 face with rolling eyes, 🙃 upside-down face, 😒 unamused face.
  private static let sarcasmMarkers: Set<Unicode.Scalar> = ["\u{1F644}", "\u{1F643}", "\u{1F612}"]
  /// 👏 clapping hands.
  private static let clapping: Unicode.Scalar = "\u{1F44F}"
  /// Most words in a clause or sentence of praise that rule 4 reads as ironic.
  private static let shortPraiseWords = 3

  /// Whether a unit's first token is a word of `list` (one bit test: `mapTokens` looked the
  /// token's word lists up with its vocabulary id).
  func first(_ unit: Unit, isIn list: WordList) -> Bool {
    tokenWordLists[unit.start].contains(list)
  }

  /// Whether a unit's last token is a word of `list` ("one" of "no one" is a subject negator).
  func last(_ unit: Unit, isIn list: WordList) -> Bool {
    tokenWordLists[unit.start + unit.length - 1].contains(list)
  }

  /// The index of the unit that starts at token `token`, or nil when the token is inside a longer
  /// unit or in none. Units are built in token order, so their starts increase and a binary search
  /// finds it: a linear scan, run for each modal or "thanks" of a long sentence, made one huge line
  /// quadratic (a 10 MB line of "… would not …" took 9.7 s).
  func unitIndex(startingAt token: Int) -> Int? {
    let index = units.partitionPoint { $0.start < token }
    return index < units.count && units[index].start == token ? index : nil
  }

  /// The tokens the sentence being scored spans: from its first unit's start to its last unit's end
  /// (empty when it has no unit). Rules that ask whether the sentence holds a word read these.
  var sentenceTokens: Range<Int> {
    guard let first = units.first, let last = units.last else { return 0..<0 }
    return first.start..<min(last.start + last.length, tokenCount)
  }

  /// Whether the norm of a unit's first token ends in `suffix` and has at least `minimum` bytes.
  func first(_ text: TokenizedText, _ unit: Unit, endsWith suffix: StaticString, minimum: Int) -> Bool {
    Self.norm(of: text, unit.start, endsWith: suffix, minimum: minimum)
  }

  /// Whether the norm of token `index` ends in `suffix` and has at least `minimum` bytes.
  static func norm(of text: TokenizedText, _ index: Int, endsWith suffix: StaticString, minimum: Int) -> Bool {
    text.withNorm(of: text.tokens[index]) { norm in
      let count = suffix.utf8CodeUnitCount
      guard norm.count >= max(minimum, count) else { return false }
      return suffix.withUTF8Buffer { $0.bytesEqual(UnsafeBufferPointer(rebasing: norm[(norm.count - count)...])) }
    }
  }

  func isClauseOpener(_ text: TokenizedText, _ unit: Unit) -> Bool {
    first(unit, isIn: .clauseOpeners)
  }

  private func isPictograph(_ text: TokenizedText, _ unit: Unit) -> Bool {
    let kind = text.tokens[unit.start].kind
    return kind == .emoji || kind == .emoticon
  }

  // MARK: Rule 2

  /// Whether the negator unit at `index` is "used to" after a form of "be" or "get", at most one
  /// adverb between: "is used to build", "are often used to", "got used to it" mean "employed for"
  /// or "accustomed to", not a past state that no longer holds ("used to love it").
  func isAccustomedUsedTo(_ index: Int) -> Bool {
    let unit = units[index]
    guard unit.length == 2, first(unit, isIn: .used) else { return false }
    var token = unit.start - 1
    if token >= 0, tokenWordLists[token].contains(.accustomedGaps) { token -= 1 }
    return token >= 0 && tokenWordLists[token].contains(.accustomedLinks)
  }

  /// Why an odd number of negators, the nearest at unit index `negator`, leaves the valence unit at
  /// `position` unflipped (rule 2), or nil when they flip it; the reason is what `--explain` shows.
  func negationKept(_ text: TokenizedText, valence position: Int, negator: Int) -> String? {
    let unit = units[position]
    if isPictograph(text, unit) { return "emoji and emoticons are never negated" }
    if tables.tags(ofEntry: unit.entry).contains(.keepsSignWhenNegated) {
      return "its absence is a complaint too (the lexicon tags it negation=keep)"
    }
    if isPoliteDecline(text, valence: position, negator: negator) {
      return "\"No thank you\" as a whole answer declines politely"
    }
    let between = (negator + 1)..<position
    // Negated comparative: "couldn't be happier", "never been better".
    if unit.length == 1, text.tokens[unit.start].kind == .word {
      if (first(text, unit, endsWith: "er", minimum: 5) && !isAgentNoun(text, unit.start))
        || first(unit, isIn: .irregularComparatives)
        || (position > 0 && first(units[position - 1], isIn: .more)),
        between.contains(where: {
          units[$0].kind == .neutral && first(units[$0], isIn: .comparativeLinks)
        }),
        negatedComparativeIsSuperlative(text, negator: negator, comparative: position)
      {
        return "a negated comparative is a superlative (\"couldn't be happier\")"
      }
    }
    // "Didn't solve my problem", "never fixed the fault": the fix did not happen, so the problem
    // stands (review r22b: it scored positive, the negator flipping "problem").
    if unit.entry >= 0, tables.entries[Int(unit.entry)].valence < 0,
      between.contains(where: {
        units[$0].kind == .neutral && units[$0].length == 1 && Self.isWord(text, units[$0].start, in: Self.fixingVerbs)
      })
    {
      return "a fix that did not happen leaves the problem (\"didn't solve my problem\")"
    }
    // "Isn't it awful?", "Wasn't that lovely of them?": the question asks the reader to agree.
    if isRhetoricalQuestion(text, negator: negator, term: position) {
      return "a negative question asks for agreement (\"isn't it awful?\")"
    }
    // "never slept so well", "never had such good food", "never been this happy".
    if isNeverSuperlative(text, unit, negator: negator) {
      return "\"never … so/such/this X\" is a superlative"
    }
    // "can't recommend them enough", "can't say enough good things".
    guard unit.entry >= 0, tables.entries[Int(unit.entry)].valence > 0, isModalNegator(text, at: negator),
      followedByEnough(text, from: negator + 1, through: position + 4)
    else { return nil }
    return "\"can't … enough\" is praise"
  }

  /// Whether the negator unit at `negator` makes the comparative at unit `comparative` a
  /// superlative: a modal negator ("couldn't be happier", "can't get any better"), "never" or a
  /// negated "will"/"would" ("never looked better", "won't find better"), the present's "doesn't get
  /// any better", or any negator when "than this" or "than that" follows ("didn't get better than
  /// that", or "then this" as typed). A plain negation says nothing
  /// improved: "my skin didn't get better", "it isn't getting better" (QA review 43: both read as
  /// praise).
  private func negatedComparativeIsSuperlative(_ text: TokenizedText, negator: Int, comparative: Int) -> Bool {
    if isModalNegator(text, at: negator) || Self.isWord(text, units[negator].start, in: Self.superlativeNegators) {
      return true
    }
    // "it doesn't get any better": the present tense's idiom (the past's "didn't get any better"
    // reports no improvement).
    let start = units[comparative].start
    if start >= 2, Self.norm(of: text, start - 1, is: "any"), Self.norm(of: text, start - 2, is: "get"),
      Self.isWord(text, units[negator].start, in: Self.presentNegators)
    {
      return true
    }
    let than = start + units[comparative].length
    return than + 1 < tokenCount && Self.isWord(text, than, in: Self.thanSpellings)
      && Self.isWord(text, than + 1, in: Self.thisOrThat)
  }

  /// Negators of the simple present ("doesn't get any better").
  private static let presentNegators: ShortWords = ["doesn't", "doesnt", "don't", "dont"]

  /// Whether the "-er" word at token `index` is a noun, not a comparative: after a determiner and
  /// before no word but a preposition ("never seen a cleaner in there", "not a fighter."; QA review
  /// 43). "a nicer team" and "a better one" stay comparatives.
  private func isAgentNoun(_ text: TokenizedText, _ index: Int) -> Bool {
    guard index > 0, Self.isWord(text, index - 1, in: Self.nounDeterminers) else { return false }
    let next = index + 1
    return next >= tokenCount || text.tokens[next].kind != .word || Self.isWord(text, next, in: Self.nounFollowers)
  }

  /// Words after which an "-er" word that follows a determiner is a noun ("a cleaner in there").
  private static let nounFollowers: ShortWords = [
    "in", "at", "on", "for", "from", "to", "who", "with", "there", "here", "anywhere", "around", "about", "ever",
  ]

  /// "than", and "then" typed for it ("it don't get any better then this").
  private static let thanSpellings: ShortWords = ["than", "then"]
  /// Determiners before which an "-er" word is a noun ("a cleaner", "the manager"), not a comparative.
  private static let nounDeterminers: ShortWords = [
    "a", "an", "the", "my", "our", "your", "their", "his", "her", "this", "that", "every",
  ]

  /// Negators besides the modal ones that make a negated comparative a superlative.
  private static let superlativeNegators: ShortWords = ["never", "won't", "wont", "wouldn't", "wouldnt"]
  /// "than this", "than that": the comparison a superlative idiom makes with the present.
  private static let thisOrThat: ShortWords = ["this", "that"]

  /// Whether "no" + thanks opens the text and ends its clause: "No thank you", "no thanks!", "No
  /// thank you, all fine" answer a survey's "Anything else?" and decline, as "No, thank you" does
  /// (which the comma already keeps from negation); they are not "thanks for nothing". "Juwanna
  /// Mann? No thanks." (a rejection after other words) and "No thanks to you, we missed the
  /// flight" (the clause goes on) stay negated.
  private func isPoliteDecline(_ text: TokenizedText, valence position: Int, negator: Int) -> Bool {
    let negatorUnit = units[negator]
    let unit = units[position]
    guard negatorUnit.length == 1, position == negator + 1, Self.norm(of: text, negatorUnit.start, is: "no"),
      Self.isWord(text, unit.start, in: Self.thanksWords)
    else { return false }
    let opensText = !text.tokens[..<negatorUnit.start].contains {
      $0.kind != .punct && $0.kind != .emoji && $0.kind != .emoticon
    }
    let next = units[(position + 1)...].first { !isPictograph(text, $0) }
    return opensText && (next == nil || next!.kind == .boundary)
  }

  /// The first words of the thanks a polite decline holds ("no thanks", "no thank you", "no thx").
  private static let thanksWords: ShortWords = ["thanks", "thank", "thankyou", "thx", "cheers", "ty"]

  /// Whether the negator unit at `negator` is a negated "be" that opens its sentence, with a subject
  /// right after it, in a sentence that ends with "?": "Isn't it awful?", "Wasn't that lovely of
  /// them?", "Aren't you ashamed?" assert what they ask (a negative yes/no question expects "yes";
  /// Quirk et al. 1985, §11.7). Not after a question word ("Why isn't it working?") and not with
  /// "there" ("Isn't there a better way?" asks for something missing).
  private func isRhetoricalQuestion(_ text: TokenizedText, negator: Int, term: Int) -> Bool {
    let unit = units[negator]
    guard unit.length == 1, first(unit, isIn: .rhetoricalCopulas), unit.start + 1 < tokenCount,
      tokenWordLists[unit.start + 1].contains(.rhetoricalSubjects)
    else { return false }
    let opensSentence = units[..<negator].allSatisfy {
      $0.kind == .boundary || ($0.kind == .neutral && first($0, isIn: .ironyOpeners))
    }
    return opensSentence && sentenceEndsWithQuestion(text)
  }

  /// Whether the sentence ends with a question: its last boundary holds "?", or the run of
  /// end marks ("?", "!", ".", "…") that closes it does ("Is it any good?!", "Really?!...",
  /// "Is it any good ?!!"), whatever punctuation stands before the run ("Isn't it ridiculous,
  /// honestly?"). An emphatic "?!" asks as much as "?" does.
  func sentenceEndsWithQuestion(_ text: TokenizedText) -> Bool {
    // A text without a "?" (`mayHoldEmphasis`: most texts) has no sentence that ends with one.
    guard Self.mayHoldEmphasis(text, marks: textMarks),
      var index = units.lastIndex(where: { $0.kind == .boundary })
    else { return false }
    while true {
      var endMarks = true
      let asks = text.withNorm(of: text.tokens[units[index].start]) { norm in
        endMarks = !norm.isEmpty && norm.allSatisfy(Self.isEndMarkByte)
        return norm.contains(UInt8(ascii: "?"))
      }
      if asks { return true }
      // Read back over the closing run only: end marks in units next to each other.
      guard endMarks, index > 0, units[index - 1].kind == .boundary else { return false }
      index -= 1
    }
  }

  /// Whether `byte` belongs to a sentence's closing marks: "?", "!", "." or a byte of "…" (U+2026,
  /// UTF-8 E2 80 A6).
  static func isEndMarkByte(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "?"), UInt8(ascii: "!"), UInt8(ascii: "."), 0xE2, 0x80, 0xA6: return true
    default: return false
    }
  }

  /// Whether the term `unit`, negated by the unit at `negator`, is "never" + at least one word +
  /// "so"/"such"/"this" (+ "a"/"an") + the term: a superlative ("never slept so well", "never had
  /// such a smooth ride"). The degree word may open the term itself ("so well"). "never so good"
  /// (no verb between) and "not so good" ("not very good") are left to negation.
  private func isNeverSuperlative(_ text: TokenizedText, _ unit: Unit, negator: Int) -> Bool {
    guard first(units[negator], isIn: .never) else { return false }
    let afterNegator = units[negator].start + units[negator].length
    if tokenWordLists[unit.start].contains(.degreeWords) { return unit.start > afterNegator }
    var token = unit.start - 1
    if token > afterNegator, tokenWordLists[token].contains(.articles) { token -= 1 }
    return token > afterNegator && tokenWordLists[token].contains(.degreeWords)
  }

  /// Whether the valence unit at `position` is a negative phrase that opens with a modal negator
  /// ("can't", or "can not" spelt out) and is followed by "enough": "can't recommend (them) enough"
  /// reverses "can't recommend".
  func isCannotEnoughPhrase(_ text: TokenizedText, at position: Int) -> Bool {
    let unit = units[position]
    guard unit.length >= 2, unit.entry >= 0, tables.entries[Int(unit.entry)].valence < 0,
      first(unit, isIn: .modalNegators)
        || (unit.length >= 3 && first(unit, isIn: .modals) && tokenWordLists[unit.start + 1].contains(.not))
    else { return false }
    return followedByEnough(text, from: position + 1, through: position + 4)
  }

  private func followedByEnough(_ text: TokenizedText, from start: Int, through last: Int) -> Bool {
    var index = start
    while index < units.count && index <= last {
      if units[index].kind == .boundary || units[index].kind == .contrast { return false }
      if units[index].kind != .valence && first(units[index], isIn: .enough) { return true }
      index += 1
    }
    return false
  }

  private func isModalNegator(_ text: TokenizedText, at index: Int) -> Bool {
    if first(units[index], isIn: .modalNegators) { return true }
    return first(units[index], isIn: .not) && index > 0 && first(units[index - 1], isIn: .modals)
  }

  /// Whether the negator `unit` stands for the subject and a prepositional phrase follows it
  /// ("none of the staff", "nobody at the branch", "no one in the shop"): its scope reaches over
  /// that phrase to the predicate ("… were helpful").
  func isSubjectNegatorWithPhrase(_ unit: Unit) -> Bool {
    let end = unit.start + unit.length
    guard last(unit, isIn: .subjectNegators), end < tokenCount else { return false }
    return tokenWordLists[end].contains(.subjectPrepositions)
  }

  /// Whether the negator `unit` is a verb's "not" ("don't", "didn't", "wouldn't", "do not") right
  /// before a raising verb that opens a clause ("I don't THINK the staff were helpful", "I wouldn't
  /// SAY it was good", "didn't FEEL the price was fair"): its scope reaches over that verb into the
  /// clause. Base forms only ("is not THOUGHT out" is a passive). Not "never" ("never thought it would be this easy" is surprise, not denial), not the
  /// determiner negators, and not before "so" ("I don't think so") or "enough" ("can't say enough").
  func isRaisingNegator(_ unit: Unit) -> Bool {
    let verb = unit.start + unit.length
    guard verb + 1 < tokenCount, tokenWordLists[verb].contains(.raisingVerbs) else { return false }
    let last = tokenWordLists[verb - 1]
    if last.contains(.clauseNegators) || last.contains(.never) || last.contains(.determinerNegators) { return false }
    let next = tokenWordLists[verb + 1]
    return !next.contains(.degreeWords) && !next.contains(.enough)
  }

  /// The negator that is the object of the term at unit `position`, right after it: "they fixed
  /// nothing", "the agent helped no one", "the change pleased nobody", "I regret nothing". It
  /// negates the term as a negator before it would. Only "nothing", "nobody", "no one", "none"
  /// (and their spellings), and only where the clause ends there or goes on with a word that
  /// cannot start a clause or a comparison ("fixed nothing at all", "helped nobody in the
  /// queue"): "Staff were great nothing was too much trouble" opens a clause with "nothing",
  /// "love nothing more than", "nothing but", "like nothing else" compare. Not after "like" ("it
  /// looks like nothing happened", "feels like nothing at all"), nor after "a"/"an" ("a struggling
  /// nobody").
  ///
  /// The term is a verb: one word that ends in "-ed" ("fixed", "helped") or is one of
  /// `objectTakingVerbs` ("regret", "helps"), not after a degree word ("very pleased none"). An
  /// adjective, a phrase or an emoji before "nothing"/"none" is an answer and then another one,
  /// not a verb and its object: "great service nothing to add", "excellent none", "👍 nothing to
  /// report" are praise (review h55b: they read as "not great"). "nothing to add", "nothing to
  /// report" is a filler of its own, so "to" continues the object only before a person ("fixed
  /// nothing to me").
  func objectNegator(_ text: TokenizedText, after position: Int) -> String? {
    let unit = units[position]
    let next = position + 1
    guard next < units.count, units[next].kind == .negator, units[next].start == unit.start + unit.length
    else { return nil }
    let negator = units[next]
    guard
      negator.length == 1
        ? Self.isWord(text, negator.start, in: Self.objectNegators)
        : Self.norm(of: text, negator.start, is: "no")
          && Self.norm(of: text, negator.start + negator.length - 1, is: "one")
    else { return nil }
    guard unit.length == 1, text.tokens[unit.start].kind == .word,
      Self.norm(of: text, unit.start, endsWith: "ed", minimum: 4)
        || Self.isWord(text, unit.start, in: Self.objectTakingVerbs)
    else { return nil }
    // "a struggling nobody": an adjective before a noun; "very pleased none": a degree word before
    // an adjective.
    if unit.start > 0,
      tokenWordLists[unit.start - 1].contains(.articles) || Self.isWord(text, unit.start - 1, in: Self.degreeWords)
    {
      return nil
    }
    // "Satisfied none": "none" after a verb that opens its sentence answers a question ("any
    // suggestions?"); "nothing" there is the verb's object ("Fixed nothing.").
    if negator.length == 1, Self.norm(of: text, negator.start, is: "none"),
      position == 0 || units[position - 1].kind == .boundary
    {
      return nil
    }
    let after = negator.start + negator.length
    if next + 1 < units.count, units[next + 1].start == after {
      let following = units[next + 1]
      guard
        following.kind == .boundary
          || (following.kind != .valence && following.kind != .negator
            && Self.isWord(text, after, in: Self.objectContinuations)
            && (!Self.norm(of: text, after, is: "to") || Self.isWord(text, after + 1, in: Self.personObjects)))
      else { return nil }
    } else if after < text.tokens.count, text.tokens[after].kind != .punct {
      // A mention, URL or number right after the negator: not a closed clause.
      return nil
    }
    return (negator.start..<after).map { text.norm(of: text.tokens[$0]) }.joined(separator: " ")
  }

  /// One-word negators that can be a verb's object ("fixed nothing"); "no one" and "no-one" (three
  /// tokens) are matched by their first and last words.
  private static let objectNegators: ShortWords = ["nothing", "nothin", "nobody", "noone", "none"]
  /// Words that may follow an object negator inside its clause: prepositions and adverbs that do
  /// not open a clause or a comparison.
  private static let objectContinuations: ShortWords = [
    "at", "whatsoever", "for", "in", "to", "about", "and", "yet", "either", "today", "really", "here", "there",
    "then", "since", "with", "on", "from", "this", "that", "all",
  ]
  /// Verbs that take an object negator and do not end in "-ed" (`objectNegator`): present forms,
  /// and past forms of other shapes ("won nothing", "costs nothing", "lost nothing").
  private static let objectTakingVerbs: ShortWords = [
    "help", "helps", "fix", "fixes", "solve", "solves", "resolve", "resolves", "please", "pleases", "satisfy",
    "satisfies", "impress", "impresses", "improve", "improves", "regret", "regrets", "blame", "blames", "trust",
    "trusts", "achieve", "achieves", "suit", "suits", "benefit", "benefits", "recommend", "recommends", "love",
    "loves", "enjoy", "enjoys", "care", "cares", "respect", "respects", "hate", "hates", "fear", "fears", "miss",
    "misses", "won", "win", "wins", "gain", "gains", "offer", "offers", "deliver", "delivers", "work", "works",
    "cost", "costs", "risk", "risks", "lose", "loses", "lost", "hurt", "hurts", "harm", "harms", "bother",
    "bothers", "worry", "worries",
  ]
  /// Degree words that stand before an adjective, not a verb ("very pleased none").
  private static let degreeWords: ShortWords = [
    "very", "so", "all", "extremely", "quite", "pretty", "super", "most",
  ]
  /// People a "to" after an object negator may name ("explained nothing to me").
  private static let personObjects: ShortWords = ["me", "us", "them", "him", "her", "anyone", "anybody", "you"]

  // MARK: Rule 6

  /// Whether `unit` is the "have" of a counterfactual perfect ("would have", "I'd have", or one
  /// token: "would've") that is not an obligation ("would have to say").
  func isCounterfactualPerfect(_ text: TokenizedText, _ unit: Unit) -> Bool {
    guard unit.length == 1 else { return false }
    let index = unit.start
    let lists = tokenWordLists[index]
    guard
      lists.contains(.counterfactualPerfects)
        || (lists.contains(.have) && index > 0 && tokenWordLists[index - 1].contains(.counterfactualModals))
    else { return false }
    return index + 1 >= tokenCount || !tokenWordLists[index + 1].contains(.to)
  }

  // MARK: Rule 7

  /// The unit of "wish" ("wished", the "only" of "if only") that makes the positive term at
  /// `position` something wished for that did not happen: "I wish the staff were more helpful",
  /// "wish they had called me back", "If only the app would work", "I wish I could say it was
  /// good". Between the wish and the term, in the same clause: a past or modal form
  /// (`WordList.wishedStates`, `WordList.counterfactualModals`), and no dash or subordinator ("I
  /// wish they'd text WHEN it's ready": "ready" is not wished). Not a greeting with no such form
  /// ("I wish you all the best"), not praise measured by the present ("I wish every company was
  /// THIS good"), and not regret at finding something late ("I wish I had found them sooner").
  func wishedCounterfactual(_ text: TokenizedText, at position: Int) -> Int? {
    var sawState = false
    var index = position - 1
    while index >= 0 && position - index <= Self.wishReach {
      let unit = units[index]
      if unit.kind == .boundary || unit.kind == .contrast { return nil }
      let lists = tokenWordLists[unit.start]
      // "I wish they'd text when it's ready": what the subordinate clause says is not wished.
      if unit.kind == .neutral && lists.contains(.subordinators) { return nil }
      if lists.contains(.wish) {
        guard sawState else { return nil }
        // "only" wishes after "if" alone ("if only it worked"; "only good things").
        if Self.norm(of: text, unit.start, is: "only"),
          unit.start == 0 || !Self.norm(of: text, unit.start - 1, is: "if")
        {
          return nil
        }
        let start = units[position].start
        if start > 0, Self.isWord(text, start - 1, in: Self.presentDegrees) { return nil }
        if wishesForMore(text, at: position) { return nil }
        if lateDiscovery(text, after: position) || containsDash(text, from: unit.start + unit.length, to: start) {
          return nil
        }
        return index
      }
      if lists.contains(.wishedStates) || lists.contains(.counterfactualModals) { sawState = true }
      index -= 1
    }
    return nil
  }

  /// Whether the positive term at `position` is wished more of, not wished for: "another" or "one
  /// more" before it ("I wish they'd open another great store near me", "one more awesome
  /// season"), or "like this" (these, that, them, it, you) after it in its clause ("I wish there
  /// were more great shops like this"). The praise of what exists stands; "I wish the staff were
  /// more helpful" wishes for what is missing.
  private func wishesForMore(_ text: TokenizedText, at position: Int) -> Bool {
    /// Whether the words that end at token `end` are "another" or "one more".
    func asksForMore(endingAt end: Int) -> Bool {
      guard end >= 0 else { return false }
      return Self.norm(of: text, end, is: "another")
        || (end >= 1 && Self.norm(of: text, end, is: "more") && Self.norm(of: text, end - 1, is: "one"))
    }
    // Right before the term, or before an intensifier of it ("another really great store").
    if asksForMore(endingAt: units[position].start - 1) { return true }
    if position > 0, units[position - 1].kind == .intensifier, asksForMore(endingAt: units[position - 1].start - 1) {
      return true
    }
    var index = position + 1
    while index < units.count && units[index].kind != .boundary && units[index].kind != .contrast {
      let token = units[index].start
      if Self.norm(of: text, token, is: "like"), token + 1 < text.tokens.count,
        Self.isWord(text, token + 1, in: Self.presentReferents)
      {
        return true
      }
      index += 1
    }
    return false
  }

  /// What "like" points to when a wish asks for more of what exists ("more shops like this").
  private static let presentReferents: ShortWords = ["this", "these", "that", "them", "it", "you", "yours", "theirs"]

  /// Whether a dash stands between tokens `from` and `to` ("I wish it had been - it was gorgeous":
  /// the dash ends what is wished).
  private func containsDash(_ text: TokenizedText, from: Int, to: Int) -> Bool {
    guard from < to else { return false }
    return (from..<to).contains { index in
      text.tokens[index].kind == .punct && Self.isWord(text, index, in: Self.dashes)
    }
  }

  /// Whether "sooner" or "earlier" follows in the sentence ("I wish I had found this great shop
  /// sooner": praise).
  private func lateDiscovery(_ text: TokenizedText, after position: Int) -> Bool {
    var index = position + 1
    while index < units.count && units[index].kind != .boundary {
      if Self.isWord(text, units[index].start, in: Self.lateWords) { return true }
      index += 1
    }
    return false
  }

  /// How many units before the term rule 7 looks for the wish ("I wish the staff at the branch
  /// were more helpful").
  private static let wishReach = 10
  private static let presentDegrees: ShortWords = ["this", "that"]
  private static let lateWords: ShortWords = ["sooner", "earlier"]
  private static let dashes: ShortWords = ["-", "--", "\u{2013}", "\u{2014}"]

  // MARK: Rule 9

  /// The modal unit of "could/should/would/might be" + a comparative before the positive term at
  /// `position`: "Staff could be friendlier", "The app could be faster", "Prices could be more
  /// reasonable", "It would be better if …" ask for what is missing. A comparative is a one-word
  /// term ending in "-er" ("friendlier", "better") or a term after "more"; "a bit", "much" and other
  /// intensifiers may stand between ("could be a bit warmer"). Not after a negator ("couldn't be
  /// happier" is rule 2's superlative).
  ///
  /// The past counterfactual asks the same ("could have been better", "could of been much better",
  /// "could've been friendlier"), also with one participle before the comparative ("could have
  /// been handled better", "could be done better"; review r30).
  func modalComparative(_ text: TokenizedText, at position: Int) -> Int? {
    guard var index = comparativeStart(text, at: position) else { return nil }
    index -= 1
    while index >= 0
      && (units[index].kind == .intensifier
        || (units[index].kind == .neutral && Self.isWord(text, units[index].start, in: Self.comparativeDegrees)))
    {
      index -= 1
    }
    // One participle: "handled", "done".
    if index >= 1, units[index].kind == .neutral, units[index].length == 1, isParticiple(text, units[index]),
      isBe(text, units[index - 1])
    {
      index -= 1
    }
    // "Nothing could be done better", "Nobody could be more helpful": the subject denies the wish.
    guard let modal = counterfactualModal(text, before: index), !hasNoneSubject(text, modal: units[modal].start)
    else { return nil }
    return modal
  }

  /// The unit index of the modal of "modal be" or "modal have/of been" whose "be"/"been" is unit
  /// `index` ("could be", "could have been", "could of been", "could've been"), or nil.
  func counterfactualModal(_ text: TokenizedText, before index: Int) -> Int? {
    guard index >= 1, units[index].kind == .neutral, isBe(text, units[index]) else { return nil }
    var modal = index - 1
    if Self.norm(of: text, units[index].start, is: "been"), modal >= 1, units[modal].kind == .neutral,
      tokenWordLists[units[modal].start].contains(.have) || Self.norm(of: text, units[modal].start, is: "of")
    {
      modal -= 1
    }
    guard units[modal].kind == .neutral, tokenWordLists[units[modal].start].contains(.counterfactualModals) else {
      return nil
    }
    return modal
  }

  private func isBe(_ text: TokenizedText, _ unit: Unit) -> Bool {
    unit.length == 1
      && (tokenWordLists[unit.start].contains(.be) || Self.norm(of: text, unit.start, is: "been"))
  }

  /// Degree words before a comparative that the intensifier list does not hold ("much better",
  /// "far friendlier", "a lot quicker").
  private static let comparativeDegrees: ShortWords = ["much", "far", "lot", "lots", "way", "bit", "little", "a"]

  /// A past participle that can stand between "been" and a comparative: a word in "-ed" ("handled",
  /// "communicated") or "done".
  private func isParticiple(_ text: TokenizedText, _ unit: Unit) -> Bool {
    text.tokens[unit.start].kind == .word
      && (first(text, unit, endsWith: "ed", minimum: 4) || Self.norm(of: text, unit.start, is: "done"))
  }

  /// The unit index where the comparative at `position` starts ("more" of "more helpful", or the
  /// "-er" word itself, not one of `plainErWords`), or nil when the term is not a comparative.
  func comparativeStart(_ text: TokenizedText, at position: Int) -> Int? {
    let unit = units[position]
    if position > 0, first(units[position - 1], isIn: .more) { return position - 1 }
    let comparative =
      unit.length == 1 && text.tokens[unit.start].kind == .word && first(text, unit, endsWith: "er", minimum: 5)
      && !Self.isWord(text, unit.start, in: Self.plainErWords)
    return comparative ? position : nil
  }

  /// Praise words of the lexicons that end in "-er" but are no comparatives: "Super service",
  /// "Proper job", "Clever design", "Lifesaver app" praise what is there (CSAT remarks 55: "Super
  /// everything" was read as a request, rule 52).
  private static let plainErWords: ShortWords = [
    "super", "proper", "clever", "tender", "eager", "winner", "keeper", "banger", "charmer", "lifesaver",
    "timesaver", "saver", "pleaser", "bestseller", "tearjerker", "banter", "cheer", "laughter", "lekker",
    "prosper", "empower",
  ]

  /// The unit index of the "make" that opens an imperative asking for a comparative: "Make the
  /// website easier to use", "please make it cheaper", "make parking more convenient" (rule 9):
  /// what is asked for is missing. At most `imperativeReach` units between them.
  func imperativeComparative(_ text: TokenizedText, at position: Int) -> Int? {
    guard var make = units.firstIndex(where: { $0.kind != .boundary }), make < position else { return nil }
    if units[make].kind == .neutral, Self.norm(of: text, units[make].start, is: "please") { make += 1 }
    guard make < position, units[make].kind == .neutral, units[make].length == 1,
      Self.norm(of: text, units[make].start, is: "make"), let start = comparativeStart(text, at: position),
      start - make <= Self.imperativeReach,
      !units[(make + 1)..<start].contains(where: { $0.kind == .boundary || $0.kind == .valence })
    else { return nil }
    return make
  }

  private static let imperativeReach = 4

  // MARK: Rule 8

  /// Thanks for a harm is sarcasm: "Thanks for losing my bag", "Thank you for wasting my time". The
  /// thanks (its first word in `WordList.thanks`) is followed by "for" and a negative term that
  /// opens with an "-ing" verb; its praise is ironic. "Thanks for sorting the problem" (no harm
  /// right after "for") stays thanks.
  ///
  /// The harm may also be a noun after a determiner and words of praise ("Thanks for the lovely
  /// gouge in my floorboards", "thanks for the delay"; review r29), if it is clearly negative (at most
  /// `SentimentParameters.thankedHarmMaximum`); the praise is then ironic too, and so is a clause
  /// of short praise that closes the sentence ("…, really appreciated").
  mutating func applySarcasticThanks(_ text: TokenizedText, explain: Bool) {
    guard textWordLists.contains(.thanks), textWordLists.contains(.forWord) else { return }
    for index in units.indices where units[index].kind == .valence && units[index].value > 0 {
      guard first(units[index], isIn: .thanks), let forUnit = thankedFor(text, after: index), forUnit + 1 < units.count
      else { continue }
      let harm = units[forUnit + 1]
      // "Thanks Sarah for nothing", "Thank you Tesco for nothing": the lexicon's "thanks for
      // nothing" with the one thanked between (QA review 19: positive).
      if units[forUnit].start > units[index].start + units[index].length, harm.kind == .negator,
        Self.norm(of: text, harm.start, is: "nothing"),
        harm.length == 1, forUnit + 2 >= units.count || units[forUnit + 2].kind == .boundary
      {
        makeIronic(index..<(index + 1), explain: explain)
        continue
      }
      if harm.kind == .valence, harm.value < 0, text.tokens[harm.start].kind == .word,
        first(text, harm, endsWith: "ing", minimum: 5)
      {
        makeIronic(index..<(index + 1), explain: explain)
        continue
      }
      guard harm.kind == .neutral, first(harm, isIn: .harmDeterminers) else { continue }
      var noun = forUnit + 2
      while noun < units.count, units[noun].kind == .valence, units[noun].value > 0, units[noun].length == 1 {
        noun += 1
      }
      guard noun < units.count, units[noun].kind == .valence, units[noun].value <= parameters.thankedHarmMaximum
      else { continue }
      // The harm ends its noun phrase: the sentence or clause ends, or a preposition follows ("the
      // gouge in my floor"). A word that it only describes is what was thanked for: "thanks for the
      // complaint handling", "the fast problem resolution" (review of this session's diff).
      let after = noun + 1
      guard
        after >= units.count || units[after].kind == .boundary || units[after].value < 0
          || (units[after].kind == .neutral && Self.isWord(text, units[after].start, in: Self.harmFollowers))
      else { continue }
      makeIronic(index..<noun, explain: explain)
      // A closing clause of short praise keeps up the sarcasm: "…, really appreciated".
      if let boundary = units[noun...].lastIndex(where: { $0.kind == .boundary }), boundary + 1 < units.count,
        isShortPraise(text, (boundary + 1)..<units.count)
      {
        makeIronic((boundary + 1)..<units.count, explain: explain)
      }
    }
  }

  /// The unit of the "for" after the thanks at unit `index`: the next unit, or the one after the
  /// one thanked ("Thanks Sarah for", "Thank you Tesco for", "thanks [NAME] for", "thanks guys
  /// for": at most `thankedWords` tokens, each a capitalised word, a placeholder or its brackets,
  /// or an addressee word); nil when no "for" follows so.
  private func thankedFor(_ text: TokenizedText, after index: Int) -> Int? {
    let thanksEnd = units[index].start + units[index].length
    var token = thanksEnd
    while token < text.tokens.count, token - thanksEnd <= Self.thankedWords {
      if Self.norm(of: text, token, is: "for") {
        return unitIndex(startingAt: token).flatMap { units[$0].kind == .neutral ? $0 : nil }
      }
      let kind = text.tokens[token].kind
      let bracket = kind == .punct && (Self.norm(of: text, token, is: "[") || Self.norm(of: text, token, is: "]"))
      guard
        kind == .placeholder || bracket || Self.isCapitalisedName(text, token)
          || Self.isWord(text, token, in: Self.addressees)
      else {
        return nil
      }
      token += 1
    }
    return nil
  }

  /// Whether token `token` is a word of two letters or more that opens with an ASCII capital: the
  /// name of someone thanked ("Thanks Sarah", "thank you Tesco").
  static func isCapitalisedName(_ text: TokenizedText, _ token: Int) -> Bool {
    let range = text.tokens[token].utf8Range
    return text.tokens[token].kind == .word && range.count > 1 && (0x41...0x5A).contains(text.utf8[range.lowerBound])
  }

  /// Most tokens between a thanks and its "for" (rule 8): "[", "NAME", "]".
  private static let thankedWords = 3
  private static let addressees: ShortWords = ["guys", "team", "folks", "all", "again", "u", "ya"]

  /// Words that may follow the harm thanked for in rule 8 (besides more harm): prepositions and
  /// conjunctions.
  private static let harmFollowers: ShortWords = [
    "in", "on", "of", "with", "to", "at", "from", "for", "and", "after", "during", "yesterday", "today",
  ]

  // MARK: Rule 5

  /// The valence and reason of a bare "again" at unit `position` that closes a return intent or a
  /// refusal (rule 5); nil otherwise. Within the clause, before "again": an intent modal ("would",
  /// "will", "I'd", "we'll") or a refusal ("won't", "wouldn't"), then a verb of coming back ("stay",
  /// "book", "use", "fly" … `WordList.returnVerbs`). Negators between the modal and the verb
  /// ("would definitely not stay") make it a refusal; "hesitate", "mind" or "else" there undo that
  /// ("wouldn't hesitate to stay again", "would never stay anywhere else again"). A clause-initial
  /// "never" or "not" right before a verb of coming back ("Never flying with them again", "Never
  /// stay here again", "I'm not going back again") is a refusal too.
  /// After "and", the subject is the earlier clause's ("I've used them twice and will use them
  /// again"), and the intent's clause starts after it; not when that clause has a subject pronoun
  /// other than the writer's ("he", "they", "you"; a noun such as "my friend" is not recognised).
  /// Not the writer's intent (no first-person subject, "would you stay again?"), a hedge or negator
  /// before the modal ("not sure I'd stay again", "I doubt I would"), or a question: nil.
  /// A stated plan stands for the modal ("I plan on ordering from them again", "we're planning to
  /// stay again": "plan", "intend" and their forms before "on" or "to"), and a repetition phrase
  /// for the bare "again" ("I'd buy it again and again", "will use them over and over again"):
  /// the lexicon rates those phrases as a recurring fault (−1.5: "it crashed again and again"),
  /// which they are not after an intent to come back (forty-ninth session).
  func returnIntent(_ text: TokenizedText, at position: Int) -> (Double, String)? {
    let unit = units[position]
    guard
      !textWordLists.isDisjoint(with: [.intentModals, .never, .refusals, .not, .going])
        || textTriggers.contains(.intentVerbs),
      !textWordLists.isDisjoint(with: [.returnVerbs, .back]),
      unit.length == 1 ? first(unit, isIn: .again) : isRepeatedAgain(text, unit)
    else { return nil }
    // The clause: back to a boundary or connective, at most `returnIntentReach` units.
    var clauseStart = position
    while clauseStart > 0 && position - clauseStart < Self.returnIntentReach {
      let kind = units[clauseStart - 1].kind
      if kind == .boundary || kind == .contrast { break }
      clauseStart -= 1
    }
    if endsWithQuestion(text, after: position) || isConditional(after: position) { return nil }
    // The modal nearest before a verb of coming back, or a clause-initial "never"/"not" right before it.
    var verb: Int?
    var modal: Int?
    var index = position - 1
    while index >= clauseStart {
      if verb == nil, first(units[index], isIn: .returnVerbs), !isGoingTo(at: index) {
        verb = index
      } else if verb == nil, first(units[index], isIn: .back), index > clauseStart, first(units[index - 1], isIn: .be) {
        // "We'll be back again".
        verb = index
      } else if let verb,
        first(units[index], isIn: .intentModals) || first(units[index], isIn: .refusals) || isGoingTo(at: index)
          || isStatedPlan(text, at: index, before: verb)
      {
        modal = index
        break
      } else if let verb, index == verb - 1, first(units[index], isIn: .never) || first(units[index], isIn: .not),
        index == clauseStart || (index == clauseStart + 1 && first(units[clauseStart], isIn: .firstPerson))
      {
        return (parameters.refusedReturnValence, "a refusal to come back (\"never … again\")")
      }
      index -= 1
    }
    guard let verb, let modal else { return nil }
    // "not going to use them again": the negator belongs to the modal, as in "won't".
    var negatedModal = false
    var subjectEnd = modal
    // A modal said with a verb phrase ("going to", "plan on") takes its negator and its "be" before
    // it, where "will" has them fused ("won't") or after it.
    let phrasalModal = isGoingTo(at: modal) || isStatedPlan(text, at: modal, before: verb)
    // "don't plan on ordering again", "not planning to stay again": so is a plan's.
    if phrasalModal, modal > clauseStart, units[modal - 1].kind == .negator {
      negatedModal = true
      subjectEnd = modal - 1
      // "I do not plan to", "we did not intend to": the auxiliary of the spelt-out negation.
      if subjectEnd > clauseStart, units[subjectEnd - 1].length == 1,
        Self.norm(of: text, units[subjectEnd - 1].start, is: "do")
          || Self.norm(of: text, units[subjectEnd - 1].start, is: "did")
      {
        subjectEnd -= 1
      }
    }
    // "we are going to", "I am going to", "we are planning to".
    if phrasalModal, subjectEnd > clauseStart, first(units[subjectEnd - 1], isIn: .be) { subjectEnd -= 1 }
    var subject = subjectEnd - 1
    while subject >= clauseStart,
      units[subject].kind == .intensifier
        || (text.tokens[units[subject].start].kind == .word && first(text, units[subject], endsWith: "ly", minimum: 4))
    {
      subject -= 1
    }
    // "I've used them twice now and will use them again": after "and" the subject is the earlier
    // clause's, and the intent's own clause starts there (review r27).
    var intentStart = clauseStart
    if subject >= clauseStart, first(units[subject], isIn: .conjunctions) {
      // Not when that clause names someone else ("He loved it and would stay again").
      if (clauseStart..<subject).contains(where: { first(units[$0], isIn: .otherSubjects) }) { return nil }
      intentStart = subject + 1
      subject = clauseStart - 1
    }
    // Before the modal: the writer as its subject ("I would", "I'm sure I will", "we'll"), or no
    // subject ("Would definitely stay again"); no negator or hedge anywhere ("not sure I'd",
    // "I doubt I would").
    if (intentStart..<subjectEnd).contains(where: { units[$0].kind == .negator || first(units[$0], isIn: .hedges) }) {
      return nil
    }
    guard
      subject < clauseStart || first(units[subject], isIn: .firstPerson)
        || first(units[modal], isIn: .firstPersonModals)
    else { return nil }
    // After the modal: no other subject ("would you stay again").
    if modal + 1 < verb, first(units[modal + 1], isIn: .otherSubjects) { return nil }
    // "I'll have to come back again": an obligation, not an intent.
    if ((modal + 1)..<verb).contains(where: { first(units[$0], isIn: .obligations) }) { return nil }
    var refused = first(units[modal], isIn: .refusals) || negatedModal
    for other in (modal + 1)..<position {
      if other < verb && units[other].kind == .negator { refused.toggle() }
      if first(units[other], isIn: .returnInverters) { refused = false }
    }
    // "Would rather die than stay again": coming back is the rejected alternative.
    if ((modal + 1)..<verb).contains(where: { first(units[$0], isIn: .than) }) { refused.toggle() }
    return refused
      ? (parameters.refusedReturnValence, "a refusal to come back (\"won't … again\")")
      : (parameters.returnIntentValence, "an intent to come back (\"would … again\")")
  }

  /// Whether unit `index`, before the verb at unit `verb`, is a stated plan: "plan", "intend" or one
  /// of their forms, followed by "on" or "to" ("I plan on ordering again", "we intend to stay
  /// again"). A plan is an intent, as "will" is.
  private func isStatedPlan(_ text: TokenizedText, at index: Int, before verb: Int) -> Bool {
    guard textTriggers.contains(.intentVerbs), index + 1 < verb, units[index].length == 1,
      units[index + 1].length == 1
    else { return false }
    let word = units[index].start
    guard Self.isWord(text, word, in: Self.planVerbs) else { return false }
    let next = units[index + 1].start
    return Self.norm(of: text, next, is: "on") || Self.norm(of: text, next, is: "to")
  }

  /// The verbs of a stated plan (rule 5); also `RuleTriggers.intentVerbs`.
  static let planVerbWords = ["plan", "plans", "planning", "intend", "intends", "intending"]
  private static let planVerbs = ShortWords(planVerbWords)

  /// Whether `unit` is a phrase of repetition that ends in "again": "again and again", "over and
  /// over again", "time and time again" (rule 5 reads it as the "again" of a return intent).
  func isRepeatedAgain(_ text: TokenizedText, _ unit: Unit) -> Bool {
    guard unit.kind == .valence, unit.length == 3 || unit.length == 4, last(unit, isIn: .again),
      Self.norm(of: text, unit.start + 1, is: "and")
    else { return false }
    for token in unit.start..<(unit.start + unit.length) {
      guard Self.isWord(text, token, in: Self.repetitionWords) else { return false }
    }
    return true
  }

  private static let repetitionWords: ShortWords = ["again", "and", "over", "time"]

  /// Whether the unit at `index` is "going" followed by "to" (a future, as "will" is: "not going to
  /// use them again"), not the verb of coming back ("not going back again").
  private func isGoingTo(at index: Int) -> Bool {
    index + 1 < units.count && first(units[index], isIn: .going) && first(units[index + 1], isIn: .to)
  }

  /// Whether a condition follows in the sentence ("I would stay again if it were cheaper", "…, if the
  /// price is right").
  private func isConditional(after position: Int) -> Bool {
    var index = position + 1
    while index < units.count, index - position <= Self.afterAgainReach {
      if first(units[index], isIn: .conditions) { return true }
      index += 1
    }
    return false
  }

  /// Whether the sentence of the unit at `position` ends with "?" (the next boundary unit, within
  /// `afterAgainReach` units, is one).
  private func endsWithQuestion(_ text: TokenizedText, after position: Int) -> Bool {
    var index = position + 1
    while index < units.count, index - position <= Self.afterAgainReach {
      if units[index].kind == .boundary {
        return text.withNorm(of: text.tokens[units[index].start]) { $0.contains(UInt8(ascii: "?")) }
      }
      index += 1
    }
    return false
  }

  /// How many units before "again" the clause is searched ("I would definitely fly with them again").
  private static let returnIntentReach = 9
  /// How many units after "again" are searched for the "?" that makes the sentence a question and
  /// for a condition ("… again if they lower their prices"). Unbounded, the two walks ran to the end
  /// of the text for every "again", quadratic on a long text without stops.
  private static let afterAgainReach = 60

  // MARK: Rule 3

  /// Turns "keep/keeps/kept (on) + unscored -ing word" into a repeated-action valence unit.
  mutating func markRepeatedActions(_ text: TokenizedText) {
    guard textWordLists.contains(.keepForms) else { return }
    for index in units.indices where units[index].kind == .neutral && units[index].length == 1 {
      guard first(units[index], isIn: .keepForms) else { continue }
      if Self.norm(of: text, units[index].start, is: "stop") && !opensImperative(text, index) { continue }
      let isKeep = Self.norm(of: text, units[index].start, is: "keep")
      if isKeep && !followsCompanySubject(text, index) { continue }
      var next = index + 1
      if next < units.count && units[next].kind == .neutral && first(units[next], isIn: .on) { next += 1 }
      guard next < units.count, units[next].kind == .neutral, text.tokens[units[next].start].kind == .word else {
        continue
      }
      // "you/they keep" + a verb of the company's repeated faults only: "they keep adding new
      // features", "you keep making my day" are praise (review of this session's diff).
      if isKeep && !Self.isWord(text, units[next].start, in: Self.repeatedFaults) { continue }
      guard first(text, units[next], endsWith: "ing", minimum: 5), !first(units[next], isIn: .harmlessRepeats)
      else { continue }
      let praiseFollows = units[(next + 1)..<min(units.count, next + 4)].contains {
        $0.kind == .valence && $0.entry >= 0 && tables.entries[Int($0.entry)].valence > 0
      }
      if praiseFollows { continue }
      units[index].kind = .valence
      units[index].entry = Self.repeatedActionEntry
    }
  }

  /// "-ing" verbs that "you/they keep" turns into a repeated fault.
  static let repeatedFaults: ShortWords = [
    "raising", "increasing", "hiking", "putting", "charging", "overcharging", "billing", "cancelling", "canceling",
    "changing", "sending", "emailing", "calling", "phoning", "ringing", "texting", "asking", "crashing", "freezing",
    "losing", "breaking", "failing", "ignoring", "closing", "cutting", "logging", "dropping", "delaying", "moving",
    "spamming", "messing", "forgetting", "getting", "telling", "promising", "blaming", "transferring", "removing",
    "pushing", "missing", "postponing", "rescheduling", "bouncing", "disconnecting", "deleting", "kicking",
    "locking", "hiding", "reducing", "shrinking",
  ]

  /// Whether the unit right before `index` is "you", "u" or "they": "you keep raising the price",
  /// "they keep cancelling" report the company's repeated act (review r26). "I keep using it", "we
  /// keep ordering" are the writer's loyalty, and "Keep improving" is an imperative: not this rule.
  private func followsCompanySubject(_ text: TokenizedText, _ index: Int) -> Bool {
    guard index > 0, units[index - 1].kind == .neutral, units[index - 1].length == 1 else { return false }
    return Self.isWord(text, units[index - 1].start, in: Self.companySubjects)
  }

  private static let companySubjects: ShortWords = ["you", "u", "they"]

  /// Whether the unit at `index` opens its sentence, alone or after "please"/"just" ("Stop closing
  /// branches", "please stop changing the app").
  private func opensImperative(_ text: TokenizedText, _ index: Int) -> Bool {
    var first = 0
    while first < index, units[first].kind == .boundary { first += 1 }
    if first < index, units[first].kind == .neutral, units[first].length == 1,
      Self.norm(of: text, units[first].start, is: "please") || Self.norm(of: text, units[first].start, is: "just")
    {
      first += 1
    }
    return first == index
  }

  // MARK: Rule 4

  private func wordCount(_ text: TokenizedText, _ range: Range<Int>) -> Int {
    var count = 0
    for index in range where units[index].kind != .boundary {
      for token in units[index].start..<(units[index].start + units[index].length)
      where text.tokens[token].kind == .word || text.tokens[token].kind == .number {
        count += 1
      }
    }
    return count
  }

  private func containsScalar(_ text: TokenizedText, _ range: Range<Int>, where test: (Unicode.Scalar) -> Bool) -> Bool
  {
    for index in range where text.tokens[units[index].start].kind == .emoji {
      if let scalar = text.norm(of: text.tokens[units[index].start]).unicodeScalars.first, test(scalar) {
        return true
      }
    }
    return false
  }

  /// Whether units in `range` are short praise only: some positive term, no negative term,
  /// negator or connective, at most `shortPraiseWords` words.
  private func isShortPraise(_ text: TokenizedText, _ range: Range<Int>) -> Bool {
    var positive = false
    for index in range {
      switch units[index].kind {
      case .valence:
        if units[index].value < 0 { return false }
        if units[index].value > 0 { positive = true }
      case .negator, .contrast: return false
      default: break
      }
    }
    return positive && wordCount(text, range) <= Self.shortPraiseWords
  }

  mutating func makeIronic(_ range: Range<Int>, explain: Bool) {
    for index in range where units[index].kind == .valence && units[index].value > 0 {
      ironySeen = true
      units[index].value *= parameters.ironicPraiseScalar
      if explain { rules[index].append(.ironicPraise(factor: parameters.ironicPraiseScalar)) }
    }
  }

  /// Whether the text holds the sarcastic tag "said no one (ever)", "said nobody", "says no one":
  /// what it follows was not meant ("5 stars for the extra 6 hours at the airport. Said no one
  /// ever."; review r36). The tag ends its clause: "said no one would call" is a report.
  /// `triggers` and `lists` are the text's (`textTriggers`, `textWordLists`): a text without
  /// "said"/"says" or without "nobody", "noone" or "one" is not read.
  static func deniesPraise(_ text: TokenizedText, triggers: RuleTriggers, lists: WordList) -> Bool {
    guard triggers.contains(.praiseDenials), lists.contains(.subjectNegators) else { return false }
    let tokens = text.tokens
    for index in tokens.indices where tokens[index].kind == .word && index + 1 < tokens.count {
      // The norm's first byte: a full-width "ｓａｉｄ" is "said" (QA review 36, F12).
      let normRange = tokens[index].normRange
      guard !normRange.isEmpty else { continue }
      let first = text.normBytes[normRange.lowerBound]
      guard first == UInt8(ascii: "s"), norm(of: text, index, is: "said") || norm(of: text, index, is: "says") else {
        continue
      }
      var next = index + 1
      if norm(of: text, next, is: "nobody") || norm(of: text, next, is: "noone") {
        next += 1
      } else if next + 1 < tokens.count, norm(of: text, next, is: "no"), norm(of: text, next + 1, is: "one") {
        next += 2
      } else {
        continue
      }
      if next < tokens.count, norm(of: text, next, is: "ever") { next += 1 }
      if next == tokens.count || tokens[next].kind == .punct || tokens[next].kind == .emoji { return true }
    }
    return false
  }

  /// Whether the text holds a marker `applySarcasticClause` needs before it changes anything: a
  /// denial of praise, an irony opener ("oh sure", "yeah right"), a praise interjection or loving
  /// verb (a lone exclamation of praise after a complaint), or an emoji. The rule's own first
  /// tests, read once per text, so that its caller can skip the call.
  @inline(__always)
  var mayHoldSarcasticClause: Bool {
    praiseDenied || textWordLists.contains(.ironyOpeners) || textWordLists.contains(.praiseInterjections)
      || textTriggers.contains(.lovingVerbs) || textHasEmoji
  }

  /// Rule 4, within a sentence: eye-roll markers, clapping after a complaint, and a last clause that
  /// is only an exclamation of praise after a complaint ("The app crashed again, great.").
  mutating func applySarcasticClause(_ text: TokenizedText, explain: Bool) {
    if praiseDenied || opensWithSarcasticAssent(text)
      || units.contains(where: { $0.kind == .valence && $0.entry == Self.ironicLongWaitEntry })
    {
      makeIronic(units.indices, explain: explain)
      return
    }
    applyPraiseClauseAfterComplaint(text, explain: explain)
    guard textHasEmoji else { return }  // both markers are emoji
    if containsScalar(text, units.indices, where: { Self.sarcasmMarkers.contains($0) }) {
      makeIronic(units.indices, explain: explain)
      return
    }
    guard let boundary = units.lastIndex(where: { $0.kind == .boundary && $0.start < (units.last?.start ?? 0) }) else {
      return
    }
    let clause = (boundary + 1)..<units.count
    guard containsScalar(text, clause, where: { $0 == Self.clapping }), isShortPraise(text, clause) else { return }
    // The clause just before it ("only 3 weeks late this time"), not an opening "Wow,"; a clause
    // that reports a fix earns the applause ("power cut fixed in under an hour, nice one 👏";
    // review r31).
    let start = units[..<boundary].lastIndex(where: { $0.kind == .boundary }).map { $0 + 1 } ?? 0
    if units[start..<boundary].contains(where: { tokenWordLists[$0.start].contains(.fixVerbs) }) { return }
    let before = units[start..<boundary].reduce(0.0) { $0 + $1.value }
    if before < 0 { makeIronic(clause, explain: explain) }
  }

  /// Whether the sentence opens with a sarcastic assent, "oh sure", "yeah sure", "yeah right" or
  /// "yeah, really" (review r26: "Oh sure, I love explaining my medical history at the counter with
  /// 10 people listening."; review h55b: "Yeah, really, …"): its praise is ironic. A plain "Sure,
  /// …" is sincere and not this rule, nor "yeah really good" (the adverb of what follows).
  private func opensWithSarcasticAssent(_ text: TokenizedText) -> Bool {
    guard let firstUnit = units.first, let lastUnit = units.last else { return false }
    let start = firstUnit.start
    let end = lastUnit.start + lastUnit.length
    // The first word opens the sentence; the second is the next word, punctuation between allowed.
    guard end - start >= 2, text.tokens[start].kind == .word,
      Self.norm(of: text, start, is: "oh") || Self.norm(of: text, start, is: "yeah")
    else { return false }
    var second = start + 1
    while second < end, text.tokens[second].kind != .word { second += 1 }
    // The assent stands alone ("Oh sure,", "Yeah, right."): not "sure thing", "right away".
    guard second < end, second + 1 >= end || text.tokens[second + 1].kind != .word else { return false }
    return Self.norm(of: text, second, is: "sure")
      || (Self.norm(of: text, start, is: "yeah")
        && (Self.norm(of: text, second, is: "right") || Self.norm(of: text, second, is: "really")))
  }

  /// Rule 4, across sentences: a sentence of short clapped praise right after a negative sentence,
  /// or one that is only an exclamation of praise ("Brilliant.", "Oh great!", "Love it.") right
  /// after a complaint ("Delivery was late. Brilliant."), unless that sentence reported a fix ("They
  /// caught a dodgy payment and refunded me. Brilliant.": the praise is for the fix).
  mutating func applyPraiseAfterComplaint(
    _ text: TokenizedText, previousSum: Double, previousReportsFix: Bool, explain: Bool
  ) {
    if textHasEmoji, previousSum < 0, !previousReportsFix, isShortPraise(text, units.indices),
      containsScalar(text, units.indices, where: { $0 == Self.clapping })
    {
      makeIronic(units.indices, explain: explain)
      return
    }
    if previousSum <= parameters.lonePraiseAfterComplaint, !previousReportsFix, isLonePraiseExclamation(text) {
      makeIronic(units.indices, explain: explain)
      return
    }
    // Sarcasm kept up: short praise after an earlier ironic sentence ("Oh great, another delay.
    // Best airline ever.").
    if ironySeen, !previousReportsFix, isShortPraise(text, units.indices) {
      makeIronic(units.indices, explain: explain)
    }
  }

  /// A last clause (after a comma or other boundary inside the sentence) that is only an
  /// exclamation of praise, right after a clause whose sum is at most `lonePraiseAfterComplaint`
  /// and that reports no fix, is ironic: "The app crashed again, great.", "Lost my bag, brilliant".
  /// As across sentences ("Delivery was late. Brilliant.").
  private mutating func applyPraiseClauseAfterComplaint(_ text: TokenizedText, explain: Bool) {
    // A lone exclamation of praise needs a praise interjection or a loving verb in the text.
    guard textWordLists.contains(.praiseInterjections) || textTriggers.contains(.lovingVerbs),
      let end = units.lastIndex(where: { $0.kind != .boundary }),
      let boundary = units[..<end].lastIndex(where: { $0.kind == .boundary }), boundary > 0
    else { return }
    let clause = (boundary + 1)..<units.count
    guard isLonePraiseExclamation(text, in: clause) else { return }
    let start = units[..<boundary].lastIndex(where: { $0.kind == .boundary }).map { $0 + 1 } ?? 0
    var before = 0.0
    for unit in units[start..<boundary] {
      if unit.kind == .contrast || tokenWordLists[unit.start].contains(.fixVerbs) { return }
      before += unit.value
    }
    if before <= parameters.lonePraiseAfterComplaint { makeIronic(clause, explain: explain) }
  }

  /// Whether the sentence (or the units in `range`) is one praise interjection ("Brilliant",
  /// "great", "wow"), possibly with one generic object of praise ("Brilliant system.", "Great
  /// job.", "Nice one."; QA review 24), or "love it" ("loving it", "love that"), with at most irony
  /// openers ("oh", "just", "how") and punctuation besides.
  private func isLonePraiseExclamation(_ text: TokenizedText, in range: Range<Int>? = nil) -> Bool {
    /// Whether the unit after `index` is one unscored word of `words`: the exclamation's object.
    func objectFollows(_ index: Int, in words: ShortWords) -> Bool {
      index + 1 < units.count && units[index + 1].kind == .neutral && units[index + 1].length == 1
        && Self.isWord(text, units[index + 1].start, in: words)
    }
    var praise = 0
    // The next unit is the object just seen after the praise ("system", "it"), not an opener.
    var objectNext = false
    for index in range ?? units.indices {
      let unit = units[index]
      switch unit.kind {
      case .boundary: continue
      case .valence:
        guard unit.value > 0 else { return false }
        let interjection = tokenWordLists[unit.start].contains(.praiseInterjections)
        let loving = Self.isWord(text, unit.start, in: Self.lovingVerbs)
        if unit.length == 1, interjection {
          praise += 1
          // "Brilliant system.": the object is a word the lexicon does not score.
          objectNext = objectFollows(index, in: Self.genericPraiseObjects)
        } else if unit.length == 2, interjection, Self.isWord(text, unit.start + 1, in: Self.genericPraiseObjects) {
          praise += 1  // the phrase "great job", "nice one"
        } else if unit.length == 2, loving, Self.isWord(text, unit.start + 1, in: Self.lovedObjects) {
          praise += 1  // the phrase "love it"
        } else if unit.length == 1, loving, objectFollows(index, in: Self.lovedObjects) {
          praise += 1
          objectNext = true
        } else {
          return false
        }
      case .neutral:
        if objectNext {
          objectNext = false
          continue
        }
        guard unit.length == 1, tokenWordLists[unit.start].contains(.ironyOpeners) else { return false }
      default: return false
      }
    }
    return praise == 1
  }

  /// Rule 4: "Love how …", "love being …", "amazing how …", "love paying …" that open a sentence
  /// whose rest names a fault and no praise ("love how the app logs me out every day", "love being
  /// told we're a family", "Love paying more for less") are ironic. "love how easy it is" (praise in
  /// the rest) and "love how they fixed it" (a fix) are not. "Great to know …", "Nice to see …"
  /// (`isIronicKnowOpener`) are ironic when the rest adds up to `ironicKnowComplaint` or less
  /// (review h55b).
  mutating func applyIronicLove(_ text: TokenizedText, explain: Bool) {
    // The opening praise is one of `ironicLoveWords`: most texts have none.
    guard textTriggers.contains(.ironicLoveWords) else { return }
    var opener = 0
    while opener < units.count,
      units[opener].kind == .boundary || units[opener].kind == .intensifier
        || (units[opener].kind == .neutral && units[opener].length == 1
          && (tokenWordLists[units[opener].start].contains(.ironyOpeners)
            || Self.isWord(text, units[opener].start, in: Self.lovingSubjects)))
    {
      opener += 1
    }
    if isIronicKnowOpener(text, opener) {
      // "Great to know 10 years as a customer means nothing": the rest must add up to a complaint,
      // which a word of the news it names may soften ("my loyalty … counts for nothing").
      var rest = 0.0
      for unit in units[(opener + 3)...] {
        if tokenWordLists[unit.start].contains(.fixVerbs) { return }
        rest += unit.value
      }
      if rest <= Self.ironicKnowComplaint { makeIronic(opener..<(opener + 1), explain: explain) }
      return
    }
    guard opener + 2 < units.count, units[opener].kind == .valence, units[opener].length == 1, units[opener].value > 0,
      Self.isWord(text, units[opener].start, in: Self.ironicLoveWords), units[opener + 1].kind == .neutral,
      units[opener + 1].length == 1,
      Self.isWord(text, units[opener + 1].start, in: Self.ironicLoveLinks)
        || first(text, units[opener + 1], endsWith: "ing", minimum: 5)
    else { return }
    // "Great looking jacket", "lovely fitting dress": an adjective of praise before a participle of
    // appearance is a compound adjective, praise of what follows, not an ironic "great having to"
    // (clothing field test 46: "Great looking jacket with attitude" was ironic through "attitude").
    if !Self.isWord(text, units[opener].start, in: Self.lovingVerbs),
      Self.isWord(text, units[opener + 1].start, in: Self.appearanceParticiples)
    {
      return
    }
    var rest = 0.0
    for unit in units[(opener + 2)...] {
      if unit.value > 0 || tokenWordLists[unit.start].contains(.fixVerbs) { return }
      rest += unit.value
    }
    guard rest < 0 else { return }
    makeIronic(opener..<(opener + 1), explain: explain)
  }

  /// Whether the unit at `opener` opens a sentence as "Great to know", "Nice to see", "Good to hear",
  /// "Glad to learn" (`ironicKnowWords` + "to" + `learningVerbs`) with more words after it.
  private func isIronicKnowOpener(_ text: TokenizedText, _ opener: Int) -> Bool {
    guard opener + 3 < units.count, units[opener].kind == .valence, units[opener].length == 1,
      units[opener].value > 0, Self.isWord(text, units[opener].start, in: Self.ironicKnowWords)
    else { return false }
    let to = units[opener + 1]
    let verb = units[opener + 2]
    return to.kind == .neutral && to.length == 1 && Self.norm(of: text, to.start, is: "to") && verb.kind == .neutral
      && verb.length == 1 && Self.isWord(text, verb.start, in: Self.learningVerbs)
  }

  /// The most that the rest of a "Great to know …" sentence adds up to for the opener to be ironic:
  /// a complaint, not a mild word of the news ("Good to know the shop opens late on Thursdays").
  private static let ironicKnowComplaint = -1.0
  private static let ironicKnowWords = ShortWords(ironicKnowWordList)
  /// The words of `ironicKnowWords` (`RuleTriggers.ironicLoveWords`).
  static let ironicKnowWordList = ["great", "nice", "good", "glad", "lovely", "wonderful", "brilliant", "fantastic"]
  /// "Great to KNOW", "nice to SEE".
  private static let learningVerbs: ShortWords = ["know", "see", "hear", "learn", "find", "read"]
  /// The event that an expected outcome came after (rule 25): "arrived AFTER THE WEDDING", "turned
  /// up the day after the party", "came a week after my appointment" — the outcome's unit is followed
  /// by at most three words of a span ("the day", "a week", "two days"), "after", a determiner
  /// ("the", "my", "our" …) and, within two more words, a noun of `eventNouns` ("the appointment
  /// date", "my flight"). Nil when none: "arrived after two days", "arrived the day after I
  /// ordered", "arrived after the order was placed" keep rule 25's reading (review h55b).
  func lateEvent(_ text: TokenizedText, after unit: Unit) -> String? {
    // Arrivals only: a call or a payment after an event is often the follow-up it should be
    // ("called after my appointment to check on me").
    guard Self.isWord(text, unit.start, in: Self.arrivalOutcomes) else { return nil }
    let tokens = text.tokens
    var index = unit.start + unit.length
    var span = 0
    while index < tokens.count, span < 3, !Self.norm(of: text, index, is: "after"),
      Self.isWord(text, index, in: Self.lateSpans) || tokens[index].kind == .number
    {
      index += 1
      span += 1
    }
    guard index + 2 < tokens.count, Self.norm(of: text, index, is: "after"),
      Self.isWord(text, index + 1, in: Self.eventDeterminers)
    else { return nil }
    var noun = index + 2
    while noun < tokens.count, noun - index <= 3, tokens[noun].kind == .word {
      if Self.isWord(text, noun, in: Self.eventNouns) {
        return (index + 1...noun).map { text.norm(of: tokens[$0]) }.joined(separator: " ")
      }
      noun += 1
    }
    return nil
  }

  /// The first words of the expected outcomes that can come late: arrivals and deliveries.
  private static let arrivalOutcomes: ShortWords = [
    "arrived", "arrive", "arrives", "arriving", "came", "come", "comes", "turned", "showed", "delivered", "received",
    "dispatched", "shipped",
  ]
  /// Words of a span between an outcome and "after": "the day after", "a week after", "two days".
  private static let lateSpans: ShortWords = [
    "a", "an", "the", "one", "two", "three", "few", "couple", "of", "day", "days", "week", "weeks", "morning",
    "evening", "night", "afternoon", "month", "months", "hours", "hour", "full", "whole", "well", "long", "just",
  ]
  /// Determiners of the event an outcome came after.
  private static let eventDeterminers: ShortWords = ["the", "my", "our", "his", "her", "their", "your"]
  /// Events that an outcome was needed for: coming after them, it came too late.
  private static let eventNouns: ShortWords = [
    "appointment", "party", "wedding", "birthday", "deadline", "date", "event", "funeral", "trip", "flight",
    "meeting", "exam", "interview", "concert", "match", "ceremony", "celebration", "christening", "surgery",
    "operation", "holiday", "departure", "launch", "performance", "gig", "festival", "occasion",
  ]
  private static let ironicLoveWords = ShortWords(ironicLoveWordList)
  /// The words of `ironicLoveWords` (`RuleTriggers.ironicLoveWords`).
  static let ironicLoveWordList = ["love", "loving", "amazing", "lovely", "great", "wonderful"]
  private static let ironicLoveLinks: ShortWords = ["how", "being", "when"]
  /// Participles that make a compound adjective after an adjective of praise ("great looking",
  /// "lovely smelling"): no ironic link.
  private static let appearanceParticiples: ShortWords = ["looking", "fitting", "sounding", "tasting", "smelling"]
  private static let lovingSubjects: ShortWords = ["i", "we", "gotta", "really", "absolutely", "simply"]

  /// Verbs of fixing a problem, in every form: a negated one leaves the problem after it standing.
  private static let fixingVerbs: ShortWords = [
    "fix", "fixes", "fixing", "fixed", "solve", "solves", "solving", "solved", "resolve", "resolves", "resolving",
    "resolved", "sort", "sorts", "sorting", "sorted", "address", "addresses", "addressing", "addressed", "rectify",
    "rectified", "repair", "repairs", "repaired", "remedy", "remedied", "correct", "corrected", "tackle", "tackled",
    // Acting on a problem that did not happen leaves it standing too: "no one explained the delay",
    // "never acknowledged my complaint" (review r28). Not verbs of having or seeming, after which
    // the negator denies the problem: "never owned a bad car", "doesn't look bad", "never
    // mentioned any problems", "never had to deal with any issues".
    "handle", "handled", "investigate", "investigated", "acknowledge", "acknowledged", "answer", "answered",
    "explain", "explained", "escalate", "escalated",
  ]

  /// "Love it." after a complaint: the verb and the pronoun that make the exclamation.
  private static let lovingVerbs = ShortWords(lovingVerbWordList)
  /// The words of `lovingVerbs` (`RuleTriggers.lovingVerbs`).
  static let lovingVerbWordList = ["love", "loving", "loved"]
  private static let lovedObjects: ShortWords = ["it", "that", "this"]
  /// Objects of praise that name no particular merit: after a complaint, "Brilliant system." and
  /// "Great job." are as ironic as "Brilliant." (QA review 24). Not "service", "idea" or "effort":
  /// "Terrible. Good service!" and "Bad execution, good idea" weigh one aspect against another.
  private static let genericPraiseObjects: ShortWords = [
    "job", "work", "system", "stuff", "planning", "move", "logic", "one",
  ]

  /// Whether the norm of token `token` is one of `words` (short closed lists, compared as bytes;
  /// `ShortWords.contains` rejects a norm longer than any word it can hold).
  ///
  /// The norm's length is tested first, from the token alone: most tokens have a length no listed
  /// word has (four in five tests), and are turned away without reading their norm.
  static func isWord(_ text: TokenizedText, _ token: Int, in words: ShortWords) -> Bool {
    let token = text.tokens[token]
    guard words.mayHold(count: token.normRange.count) else { return false }
    return text.normBytes.withUnsafeBufferPointer { norms in
      words.contains(
        UnsafeBufferPointer(rebasing: norms[token.normRange]), readable: norms.count - token.normRange.lowerBound)
    }
  }
}
