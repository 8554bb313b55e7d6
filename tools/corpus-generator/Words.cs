namespace Dossier.CorpusGenerator;

/// <summary>A small built-in vocabulary: enough variety for realistic text, no real-world facts.</summary>
internal static class Words
{
    public static readonly string[] Nouns =
    [
        "agreement", "ministry", "corridor", "pipeline", "railway", "harbour", "delegation", "summit",
        "investment", "grant", "loan", "tariff", "border", "reservoir", "dam", "grid", "market", "export",
        "import", "treaty", "memorandum", "programme", "council", "commission", "envoy", "forum", "dialogue",
        "framework", "partnership", "region", "province", "capital", "budget", "reform", "strategy", "policy",
        "mission", "project", "university", "scholarship", "hospital", "clinic", "harvest", "irrigation",
        "logistics", "customs", "visa", "airline", "route", "terminal", "refinery", "mine", "deposit",
        "network", "cable", "satellite", "observatory", "archive", "museum", "festival", "exchange",
        "consortium", "bank", "fund", "bond", "currency", "census", "survey", "election", "parliament",
        "cabinet", "minister", "ambassador", "consulate", "embassy", "chamber", "guild", "cooperative",
        "plant", "turbine", "station", "valley", "plateau", "basin", "coast", "steppe", "highland",
    ];

    public static readonly string[] Adjectives =
    [
        "regional", "bilateral", "multilateral", "economic", "strategic", "cultural", "technical",
        "agricultural", "industrial", "renewable", "northern", "southern", "eastern", "western", "central",
        "coastal", "landlocked", "modest", "ambitious", "gradual", "steady", "cautious", "pragmatic",
        "long-term", "short-term", "joint", "national", "provincial", "municipal", "financial", "legal",
        "scientific", "educational", "humanitarian", "maritime", "continental", "seasonal", "annual",
    ];

    public static readonly string[] Verbs =
    [
        "expanded", "renewed", "signed", "proposed", "financed", "reviewed", "delayed", "accelerated",
        "launched", "suspended", "extended", "negotiated", "endorsed", "questioned", "supported",
        "strengthened", "reshaped", "promoted", "examined", "announced", "completed", "funded",
    ];

    public static readonly string[] Connectives =
    [
        "Meanwhile", "In parallel", "By contrast", "As a result", "At the same time", "In practice",
        "Consequently", "Nevertheless", "Moreover", "In the following year", "Over the decade",
    ];

    public static readonly string[] Prepositions = ["with", "across", "for", "along", "beyond", "within", "towards", "under"];

    /// <summary>Syllables for invented proper names (countries, capitals, people, publishers).</summary>
    public static readonly string[] Syllables =
    [
        "va", "lor", "ia", "dres", "mark", "tal", "ven", "or", "kas", "mir", "an", "zel", "ton", "bra", "vik",
        "sel", "ra", "mon", "dar", "es", "tan", "qu", "il", "nor", "ber", "gal", "ost", "rin", "ka", "lem",
        "sa", "dor", "vel", "ti", "na", "ur", "gen", "pol", "mar", "is", "tor", "el", "cas", "fen", "ly",
    ];

    public static readonly string[] Regions = ["Inner Steppe", "Northern Coast", "Lake Basin", "High Plateau", "Southern Gulf", "Western March"];

    public static readonly string[] PublisherKinds = ["Times", "Herald", "Review", "Institute", "Ministry of Foreign Affairs", "Monitor", "Gazette", "Quarterly", "Observer", "Agency"];

    /// <summary>Russian words for titles in another script (the dossier's sources are often in Russian).</summary>
    public static readonly string[] Russian =
    [
        "сотрудничество", "развитие", "торговля", "инвестиции", "соглашение", "визит", "министр", "переговоры",
        "энергетика", "транспорт", "регион", "программа", "партнёрство", "экономика", "встреча", "проект",
    ];

    public static readonly string[] Tags = ["energy", "trade", "water", "security", "education", "health", "transport", "culture", "finance", "agriculture"];
}
