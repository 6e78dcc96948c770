/// Common words left out of an answer's most-used words: articles, pronouns, auxiliaries,
/// prepositions and conjunctions, per language, normalised as answers are.
public enum StopWords {
    /// The stop words of `language` (`en`, `ar`, `fa`; English for any other).
    public static func forLanguage(_ language: String) -> Set<String> {
        switch language {
        case "ar": return arabic
        case "fa": return persian
        default: return english
        }
    }

    static func normalized(_ words: String) -> Set<String> {
        Set(Normalizer.normalize(words).tokens.map(\.text))
    }

    /// English.
    public static let english = normalized("""
        a an the and or but if so because as of at by for from in into on onto to with without about \
        over under than then too very just also really quite i me my mine myself we us our ours you your \
        yours he him his she her it its they them their this that these those there here what which who \
        whom whose when where why how am is are was were be been being have has had having do does did \
        doing done will would shall should can could may might must not no yes all any each every some \
        such more most other another own same only again once up down out off while during before after \
        until one two get got go going make made thing things lot like well um uh er erm know mean yeah \
        okay ok even still always never much many
        """)

    /// Arabic.
    public static let arabic = normalized("""
        و في من إلى الى على عن مع أن ان إن لا ما لم لن هذا هذه ذلك تلك هو هي هم هن أنا انا نحن أنت انت \
        أنتم كان كانت يكون تكون قد كل بعض أو او ثم لكن بل حتى إذا اذا عند عندما كما التي الذي الذين \
        فيه فيها به بها له لها لي عليه عليها أي اي هناك هنا بين بعد قبل لأن لان كيف متى أين لماذا \
        أيضا ايضا جدا يعني ليس فقط إلا الا منذ حيث ذات نفس شيء ده دي اللي مش بس كده عشان علشان
        """)

    /// Persian.
    public static let persian = normalized("""
        و در به از که را با این آن اون برای تا یا هم هر اما ولی اگر چون چه چی کی کجا چرا چطور من ما تو \
        شما او اونها آنها است هست هستم هستید بود بودم بودن شد شده شود می نمی کرد کردم کنم کنید کرده \
        باشد باشه داشت دارم دارد داره دیگر دیگه خیلی هیچ همه یک یه بر روی پیش بعد قبل وقتی خود خودم \
        یعنی مثلا فقط حتی نه بله آره رو ها های ای
        """)
}
