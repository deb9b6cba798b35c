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
///    - A stock phrase of satisfaction ("just what I needed", "exactly what we wanted") is an
///      exclamation of praise as "Brilliant." is, words that score nothing after it allowed: ironic
///      right after a complaint ("Car broke down again. Just what I needed.", "The app crashed
///      again, just what I need before a flight"), and no praise in the rest of a sentence that
///      opens with ironic praise ("Oh brilliant, another letter telling me my permit has gone up,
///      just what I needed"), where it turns ironic with the opener. Praise or a fix in scare quotes
///      there is doubted, and makes a rest that sums zero a complaint ("Yeah great, the handyman
///      'fixed' the door and now it doesn't close"); a "Yeah" right before the opener is ironic with
///      it (blind review h59b).
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
///    ribs were mostly bone"; review r25). So do the positive terms of someone else's words quoted
///    after a word of saying or writing, up to `reportedSpeechWords` words ("got an automated
///    'thanks for keeping the community safe' message", "the reply just said 'happy to help'";
///    blind review h63d): the customer reports them, they do not praise.
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
///    r26) or with a question word that asks for information ("What's the fee if I leave?", "How
///    many credits is it worth?"; blind review h57e; not "what a", "where else", "who knew",
///    "how can") asks; its mild positive terms (lexicon valence below
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
///    Whatever else the text says, a short sign-off's bare thanks after a sentence that asked a
///    question counts nothing ("Could you check and let me know? Thanks, Lauren"; review h66b).
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
///    as a wait: "took me 20 minutes to find the button", "took us 3 hours" (QA review 44), and so
///    does time spent waiting or chasing: "spent 2 hrs on hold", "spent an hour trying to get
///    through" (review h65d; not "spent 2 hours browsing"). Sitting
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
///    later before a noun of contact or effort, or of a failure that recurs, at most two words
///    between ("On my 4th router reset", "the 7th engineer visit"; review h55b; "the fourth burst
///    this year", "Third outage this month"; review h65e); not before another noun ("Third car I've
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
///    you're not in a hurry", "if you don't mind the noise"; review h55f). An imperative that asks
///    the company for a change, opening the sentence and joined by "and" to the modal, is such a
///    condition too: "Get the office sorted and you'd be unbeatable", "Hire more staff and I would
///    recommend them" (blind review h59b); not advice to the reader ("Try the fish and you'd be
///    amazed"). A star rating that opens its clause with "if" right after it needs no modal: "5
///    stars if you fix the crashes" is "would give 5 stars if …" (blind review h62d); "if you" + a
///    change asked of the company ("fix", "add", "remove", "bring back") is the company addressed,
///    not the reader's situation.
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
/// 56. **A listing's answer** (`FeedbackRules+Questions.swift`). In a question and answer as product
///    and marketplace pages print them ("Q: Is this the unlocked version? A: Yes, it's unlocked"),
///    the yes or no that opens the answer counts nothing; rule 17 reads the question after its
///    "Q:" label (review h64d).
/// 57. **A remedy demanded** (`FeedbackRules+DemandedRemedy.swift`). A remedy the writer asks for
///    with "I want", "I would like", "I am requesting", "we expect" … in its clause is what they
///    did not get: "I want a full refund", "I would like either my entry honoured or the renewal
///    refunded". The remedy term × `SentimentParameters.negationScalar` (review h66b). Not a
///    positive term that names no remedy ("I would like to say the staff were great").
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

  /// Whether a unit's first token is a word of `list` (one bit test: `mapTokens` looked the
  /// token's word lists up with its vocabulary id). Inlined: out of line, each call passed a copy
  /// of the whole unit (`valence(of:…)` asks it about twice per term).
  @inline(__always)
  func first(_ unit: Unit, isIn list: WordList) -> Bool {
    lists(at: unit.start).contains(list)
  }

  /// Whether a unit's last token is a word of `list` ("one" of "no one" is a subject negator).
  @inline(__always)
  func last(_ unit: Unit, isIn list: WordList) -> Bool {
    lists(at: unit.start + unit.length - 1).contains(list)
  }

  /// The grammar word lists of token `index` (`tokenWordLists`), bounds-tested, read inline: in a
  /// long function such as `valence(of:…)`, `tokenWordLists[index]` was a call to the array's
  /// generic getter.
  @inline(__always)
  func lists(at index: Int) -> WordList {
    // The count is the buffer's: `tokenWordLists.count` was a call too (the array's generic
    // getter, out of line in `valence(of:…)`: two calls a term).
    tokenWordLists.withUnsafeBufferPointer { lists in
      precondition(index >= 0 && index < lists.count, "token index out of range")
      return lists[index]
    }
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

  func isPictograph(_ text: TokenizedText, _ unit: Unit) -> Bool {
    let kind = text.tokens[unit.start].kind
    return kind == .emoji || kind == .emoticon
  }

  /// Whether token `token` may be a word of `trigger` (`RuleTriggers.catalogue`) as the rules read
  /// it: its vocabulary id's triggers hold `trigger`, or the text has a lengthened word (whose
  /// shortened form the rules read may be a trigger word where the id is -1). False means the
  /// token is none of the trigger's words, so a rule that asks `isWord(_:_:in:)` of the trigger's
  /// own word list about it can pass it over: a bit test instead of a look at the word.
  @inline(__always)
  func mayBeWord(_ token: Int, of trigger: RuleTriggers) -> Bool {
    hasLengthenedWords || tables.words(of: ids[token]).triggers.contains(trigger)
  }

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
