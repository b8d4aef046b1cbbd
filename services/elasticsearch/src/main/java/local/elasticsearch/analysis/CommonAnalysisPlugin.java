package local.elasticsearch.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.bg.BulgarianAnalyzer;
import org.apache.lucene.analysis.ca.CatalanAnalyzer;
import org.apache.lucene.analysis.charfilter.HTMLStripCharFilter;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.classic.ClassicTokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.core.LetterTokenizer;
import org.apache.lucene.analysis.core.SimpleAnalyzer;
import org.apache.lucene.analysis.core.StopAnalyzer;
import org.apache.lucene.analysis.core.UpperCaseFilter;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.cz.CzechAnalyzer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanMinimalStemFilter;
import org.apache.lucene.analysis.email.UAX29URLEmailTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchMinimalStemFilter;
import org.apache.lucene.analysis.hu.HungarianAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.it.ItalianLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.LengthFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.miscellaneous.TrimFilter;
import org.apache.lucene.analysis.miscellaneous.TruncateTokenFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenizer;
import org.apache.lucene.analysis.ngram.NGramTokenFilter;
import org.apache.lucene.analysis.ngram.NGramTokenizer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.path.PathHierarchyTokenizer;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.pattern.PatternTokenizer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseLightStemFilter;
import org.apache.lucene.analysis.reverse.ReverseStringFilter;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.ru.RussianLightStemFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.elasticsearch.common.regex.Regex;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractCharFilterFactory;
import org.elasticsearch.index.analysis.AbstractIndexAnalyzerProvider;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.AbstractTokenizerFactory;
import org.elasticsearch.index.analysis.Analysis;
import org.elasticsearch.index.analysis.AnalyzerProvider;
import org.elasticsearch.index.analysis.CharFilterFactory;
import org.elasticsearch.index.analysis.NormalizingCharFilterFactory;
import org.elasticsearch.index.analysis.NormalizingTokenFilterFactory;
import org.elasticsearch.index.analysis.PreBuiltAnalyzerProviderFactory;
import org.elasticsearch.index.analysis.PreConfiguredTokenFilter;
import org.elasticsearch.index.analysis.PreConfiguredTokenizer;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.index.analysis.TokenizerFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.indices.analysis.PreBuiltCacheFactory.CachingStrategy;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import static org.elasticsearch.plugins.AnalysisPlugin.requiresAnalysisSettings;

/**
 * The everyday part of Elasticsearch's analysis-common module, which is not published to Maven
 * Central: language analyzers (russian, english, ...), snowball/stemmer, n-gram and edge-n-gram
 * tokenizers and filters, asciifolding, lowercase, html_strip and a few more, built directly on
 * Lucene's analysis classes with the setting names Elasticsearch documents. A name not here is
 * an unknown analyzer, tokenizer or filter to this node.
 */
public class CommonAnalysisPlugin extends Plugin implements AnalysisPlugin {

    /** Analyzer built from its stop words and stem exclusion set. */
    private interface LanguageAnalyzer {
        Analyzer create(CharArraySet stopwords, CharArraySet stemExclusion);
    }

    private record Language(String name, Supplier<CharArraySet> defaultStopwords, LanguageAnalyzer analyzer) {}

    private static final List<Language> LANGUAGES = List.of(
        new Language("arabic", ArabicAnalyzer::getDefaultStopSet, ArabicAnalyzer::new),
        new Language("bulgarian", BulgarianAnalyzer::getDefaultStopSet, BulgarianAnalyzer::new),
        new Language("catalan", CatalanAnalyzer::getDefaultStopSet, CatalanAnalyzer::new),
        new Language("czech", CzechAnalyzer::getDefaultStopSet, CzechAnalyzer::new),
        new Language("danish", DanishAnalyzer::getDefaultStopSet, DanishAnalyzer::new),
        new Language("dutch", DutchAnalyzer::getDefaultStopSet, DutchAnalyzer::new),
        new Language("english", EnglishAnalyzer::getDefaultStopSet, EnglishAnalyzer::new),
        new Language("finnish", FinnishAnalyzer::getDefaultStopSet, FinnishAnalyzer::new),
        new Language("french", FrenchAnalyzer::getDefaultStopSet, FrenchAnalyzer::new),
        new Language("german", GermanAnalyzer::getDefaultStopSet, GermanAnalyzer::new),
        new Language("hungarian", HungarianAnalyzer::getDefaultStopSet, HungarianAnalyzer::new),
        new Language("italian", ItalianAnalyzer::getDefaultStopSet, ItalianAnalyzer::new),
        new Language("norwegian", NorwegianAnalyzer::getDefaultStopSet, NorwegianAnalyzer::new),
        new Language("portuguese", PortugueseAnalyzer::getDefaultStopSet, PortugueseAnalyzer::new),
        new Language("romanian", RomanianAnalyzer::getDefaultStopSet, RomanianAnalyzer::new),
        new Language("russian", RussianAnalyzer::getDefaultStopSet, RussianAnalyzer::new),
        new Language("spanish", SpanishAnalyzer::getDefaultStopSet, SpanishAnalyzer::new),
        new Language("swedish", SwedishAnalyzer::getDefaultStopSet, SwedishAnalyzer::new),
        new Language("turkish", TurkishAnalyzer::getDefaultStopSet, TurkishAnalyzer::new)
    );

    // ---- analyzers ------------------------------------------------------------------------------

    @Override
    public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
        Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> analyzers = new TreeMap<>();
        for (Language language : LANGUAGES) {
            analyzers.put(language.name(), (indexSettings, env, name, settings) -> analyzer(name, settings, () -> {
                CharArraySet stopwords = Analysis.parseStopWords(env, settings, language.defaultStopwords().get());
                CharArraySet exclusion = Analysis.parseStemExclusion(settings, CharArraySet.EMPTY_SET);
                return language.analyzer().create(stopwords, exclusion);
            }));
        }
        analyzers.put("simple", (indexSettings, env, name, settings) -> analyzer(name, settings, SimpleAnalyzer::new));
        analyzers.put("whitespace", (indexSettings, env, name, settings) -> analyzer(name, settings, WhitespaceAnalyzer::new));
        analyzers.put(
            "stop",
            (indexSettings, env, name, settings) -> analyzer(
                name,
                settings,
                () -> new StopAnalyzer(Analysis.parseStopWords(env, settings, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET))
            )
        );
        analyzers.put("snowball", (indexSettings, env, name, settings) -> analyzer(name, settings, () -> {
            String language = settings.get("language", "English");
            CharArraySet defaults = language.equalsIgnoreCase("english") ? EnglishAnalyzer.ENGLISH_STOP_WORDS_SET : CharArraySet.EMPTY_SET;
            CharArraySet stopwords = Analysis.parseStopWords(env, settings, defaults);
            return chain(StandardTokenizer::new, in -> new SnowballFilter(new StopFilter(new LowerCaseFilter(in), stopwords), snowballName(language)));
        }));
        analyzers.put("pattern", (indexSettings, env, name, settings) -> analyzer(name, settings, () -> {
            Pattern pattern = Regex.compile(settings.get("pattern", "\\W+"), settings.get("flags"));
            boolean lowercase = settings.getAsBoolean("lowercase", true);
            CharArraySet stopwords = Analysis.parseStopWords(env, settings, CharArraySet.EMPTY_SET);
            return chain(() -> new PatternTokenizer(pattern, -1), in -> new StopFilter(lowercase ? new LowerCaseFilter(in) : in, stopwords));
        }));
        return analyzers;
    }

    @Override
    public List<PreBuiltAnalyzerProviderFactory> getPreBuiltAnalyzerProviderFactories() {
        List<PreBuiltAnalyzerProviderFactory> analyzers = new ArrayList<>();
        for (Language language : LANGUAGES) {
            analyzers.add(
                new PreBuiltAnalyzerProviderFactory(
                    language.name(),
                    CachingStrategy.LUCENE,
                    () -> language.analyzer().create(language.defaultStopwords().get(), CharArraySet.EMPTY_SET)
                )
            );
        }
        analyzers.add(
            new PreBuiltAnalyzerProviderFactory(
                "snowball",
                CachingStrategy.LUCENE,
                () -> chain(
                    StandardTokenizer::new,
                    in -> new SnowballFilter(new StopFilter(new LowerCaseFilter(in), EnglishAnalyzer.ENGLISH_STOP_WORDS_SET), "English")
                )
            )
        );
        return analyzers;
    }

    private interface AnalyzerSupplier {
        Analyzer get() throws IOException;
    }

    private static AnalyzerProvider<Analyzer> analyzer(String name, Settings settings, AnalyzerSupplier supplier) throws IOException {
        Analyzer analyzer = supplier.get();
        return new AbstractIndexAnalyzerProvider<>(name, settings) {
            @Override
            public Analyzer get() {
                return analyzer;
            }
        };
    }

    private static Analyzer chain(Supplier<Tokenizer> tokenizer, Function<TokenStream, TokenStream> filters) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = tokenizer.get();
                return new TokenStreamComponents(source, filters.apply(source));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new LowerCaseFilter(in);
            }
        };
    }

    // ---- token filters --------------------------------------------------------------------------

    /** Reads a filter's settings once and gives what wraps a token stream with it. */
    private interface FilterBuilder {
        Function<TokenStream, TokenStream> build(IndexSettings indexSettings, Environment env, Settings settings) throws IOException;
    }

    private static AnalysisProvider<TokenFilterFactory> filter(FilterBuilder builder) {
        return (indexSettings, env, name, settings) -> {
            Function<TokenStream, TokenStream> wrap = builder.build(indexSettings, env, settings);
            return new AbstractTokenFilterFactory(name, settings) {
                @Override
                public TokenStream create(TokenStream in) {
                    return wrap.apply(in);
                }
            };
        };
    }

    /** A filter that also applies to keyword fields' normalizers (it works on single characters). */
    private static AnalysisProvider<TokenFilterFactory> normalizingFilter(FilterBuilder builder) {
        return (indexSettings, env, name, settings) -> {
            Function<TokenStream, TokenStream> wrap = builder.build(indexSettings, env, settings);
            class Factory extends AbstractTokenFilterFactory implements NormalizingTokenFilterFactory {
                Factory() {
                    super(name, settings);
                }

                @Override
                public TokenStream create(TokenStream in) {
                    return wrap.apply(in);
                }
            }
            return new Factory();
        };
    }

    @Override
    public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
        Map<String, AnalysisProvider<TokenFilterFactory>> filters = new TreeMap<>();
        filters.put("lowercase", normalizingFilter((is, env, s) -> lowercase(s.get("language"))));
        filters.put("uppercase", normalizingFilter((is, env, s) -> UpperCaseFilter::new));
        filters.put("asciifolding", normalizingFilter((is, env, s) -> {
            boolean preserveOriginal = s.getAsBoolean("preserve_original", false);
            return in -> new ASCIIFoldingFilter(in, preserveOriginal);
        }));
        filters.put("trim", filter((is, env, s) -> TrimFilter::new));
        filters.put("reverse", filter((is, env, s) -> ReverseStringFilter::new));
        filters.put("unique", filter((is, env, s) -> RemoveDuplicatesTokenFilter::new));
        filters.put("truncate", filter((is, env, s) -> {
            int length = s.getAsInt("length", 10);
            return in -> new TruncateTokenFilter(in, length);
        }));
        filters.put("length", filter((is, env, s) -> {
            int min = s.getAsInt("min", 0);
            int max = s.getAsInt("max", Integer.MAX_VALUE);
            return in -> new LengthFilter(in, min, max);
        }));
        filters.put("ngram", filter((is, env, s) -> {
            int min = s.getAsInt("min_gram", 1);
            int max = s.getAsInt("max_gram", 2);
            checkNgramDiff(is, min, max);
            boolean preserveOriginal = s.getAsBoolean("preserve_original", false);
            return in -> new NGramTokenFilter(in, min, max, preserveOriginal);
        }));
        filters.put("edge_ngram", filter((is, env, s) -> {
            int min = s.getAsInt("min_gram", 1);
            int max = s.getAsInt("max_gram", 2);
            boolean preserveOriginal = s.getAsBoolean("preserve_original", false);
            boolean back = "back".equals(s.get("side", "front"));
            return in -> back
                ? new ReverseStringFilter(new EdgeNGramTokenFilter(new ReverseStringFilter(in), min, max, preserveOriginal))
                : new EdgeNGramTokenFilter(in, min, max, preserveOriginal);
        }));
        filters.put("snowball", filter((is, env, s) -> {
            String language = snowballName(s.get("language", "English"));
            return in -> new SnowballFilter(in, language);
        }));
        filters.put("stemmer", filter((is, env, s) -> stemmer(s.get("language", s.get("name", "porter")))));
        filters.put("porter_stem", filter((is, env, s) -> PorterStemFilter::new));
        filters.put("kstem", filter((is, env, s) -> KStemFilter::new));
        filters.put("keyword_marker", requiresAnalysisSettings(filter((is, env, s) -> {
            boolean ignoreCase = s.getAsBoolean("ignore_case", false);
            CharArraySet keywords = Analysis.getWordSet(env, s, "keywords");
            CharArraySet set = keywords == null ? CharArraySet.EMPTY_SET : new CharArraySet(keywords, ignoreCase);
            return in -> new SetKeywordMarkerFilter(in, set);
        })));
        filters.put("elision", filter((is, env, s) -> {
            CharArraySet articles = Analysis.parseArticles(env, s);
            CharArraySet set = articles == null
                ? FrenchAnalyzer.DEFAULT_ARTICLES
                : new CharArraySet(articles, s.getAsBoolean("articles_case", false));
            return in -> new ElisionFilter(in, set);
        }));
        filters.put("pattern_replace", requiresAnalysisSettings(filter((is, env, s) -> {
            Pattern pattern = Regex.compile(s.get("pattern"), s.get("flags"));
            String replacement = s.get("replacement", "");
            boolean all = s.getAsBoolean("all", true);
            return in -> new PatternReplaceFilter(in, pattern, replacement, all);
        })));
        return filters;
    }

    @Override
    public List<PreConfiguredTokenFilter> getPreConfiguredTokenFilters() {
        return List.of(
            PreConfiguredTokenFilter.singleton("asciifolding", true, ASCIIFoldingFilter::new),
            PreConfiguredTokenFilter.singleton("uppercase", true, UpperCaseFilter::new),
            PreConfiguredTokenFilter.singleton("trim", true, TrimFilter::new),
            PreConfiguredTokenFilter.singleton("reverse", false, ReverseStringFilter::new),
            PreConfiguredTokenFilter.singleton("unique", false, RemoveDuplicatesTokenFilter::new),
            PreConfiguredTokenFilter.singleton("ngram", false, false, in -> new NGramTokenFilter(in, 1, 2, false)),
            PreConfiguredTokenFilter.singleton("edge_ngram", false, false, in -> new EdgeNGramTokenFilter(in, 1, 1, false)),
            PreConfiguredTokenFilter.singleton("snowball", false, in -> new SnowballFilter(in, "English")),
            PreConfiguredTokenFilter.singleton("porter_stem", false, PorterStemFilter::new),
            PreConfiguredTokenFilter.singleton("kstem", false, KStemFilter::new),
            PreConfiguredTokenFilter.singleton("elision", true, in -> new ElisionFilter(in, FrenchAnalyzer.DEFAULT_ARTICLES))
        );
    }

    private static Function<TokenStream, TokenStream> lowercase(String language) {
        if (language == null) {
            return LowerCaseFilter::new;
        }
        return switch (language) {
            case "greek" -> org.apache.lucene.analysis.el.GreekLowerCaseFilter::new;
            case "irish" -> org.apache.lucene.analysis.ga.IrishLowerCaseFilter::new;
            case "turkish" -> org.apache.lucene.analysis.tr.TurkishLowerCaseFilter::new;
            default -> throw new IllegalArgumentException("unknown language [" + language + "] for the lowercase filter");
        };
    }

    /** The stemmer filter's languages, as Elasticsearch names them; others go to Snowball by name. */
    private static Function<TokenStream, TokenStream> stemmer(String language) {
        return switch (language.toLowerCase(Locale.ROOT)) {
            case "porter", "english" -> PorterStemFilter::new;
            case "light_english", "kstem" -> KStemFilter::new;
            case "minimal_english" -> EnglishMinimalStemFilter::new;
            case "possessive_english" -> EnglishPossessiveFilter::new;
            case "porter2" -> in -> new SnowballFilter(in, "English");
            case "russian" -> in -> new SnowballFilter(in, "Russian");
            case "light_russian" -> RussianLightStemFilter::new;
            case "german" -> in -> new SnowballFilter(in, "German");
            case "light_german" -> GermanLightStemFilter::new;
            case "minimal_german" -> GermanMinimalStemFilter::new;
            case "french" -> in -> new SnowballFilter(in, "French");
            case "light_french" -> FrenchLightStemFilter::new;
            case "minimal_french" -> FrenchMinimalStemFilter::new;
            case "spanish", "light_spanish" -> SpanishLightStemFilter::new;
            case "italian", "light_italian" -> ItalianLightStemFilter::new;
            case "portuguese", "light_portuguese" -> PortugueseLightStemFilter::new;
            default -> {
                String snowball = snowballName(language);
                yield in -> new SnowballFilter(in, snowball);
            }
        };
    }

    /** Snowball's stemmer class name for a language: "russian" is "Russian". */
    private static String snowballName(String language) {
        String lower = language.toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    private static void checkNgramDiff(IndexSettings indexSettings, int min, int max) {
        if (indexSettings != null && max - min > indexSettings.getMaxNgramDiff()) {
            throw new IllegalArgumentException(
                "The difference between max_gram and min_gram in NGram Tokenizer must be less than or equal to: ["
                    + indexSettings.getMaxNgramDiff()
                    + "] but was ["
                    + (max - min)
                    + "]. This limit can be set by changing the ["
                    + IndexSettings.MAX_NGRAM_DIFF_SETTING.getKey()
                    + "] index level setting."
            );
        }
    }

    // ---- tokenizers -----------------------------------------------------------------------------

    private static AnalysisProvider<TokenizerFactory> tokenizer(BiFunction<IndexSettings, Settings, Supplier<Tokenizer>> builder) {
        return (indexSettings, env, name, settings) -> {
            Supplier<Tokenizer> supplier = builder.apply(indexSettings, settings);
            return new AbstractTokenizerFactory(indexSettings, settings, name) {
                @Override
                public Tokenizer create() {
                    return supplier.get();
                }
            };
        };
    }

    @Override
    public Map<String, AnalysisProvider<TokenizerFactory>> getTokenizers() {
        Map<String, AnalysisProvider<TokenizerFactory>> tokenizers = new TreeMap<>();
        tokenizers.put("whitespace", tokenizer((is, s) -> {
            int maxTokenLength = s.getAsInt("max_token_length", 255);
            return () -> new WhitespaceTokenizer(WhitespaceTokenizer.DEFAULT_TOKEN_ATTRIBUTE_FACTORY, maxTokenLength);
        }));
        tokenizers.put("keyword", tokenizer((is, s) -> {
            int bufferSize = s.getAsInt("buffer_size", 256);
            return () -> new KeywordTokenizer(bufferSize);
        }));
        tokenizers.put("letter", tokenizer((is, s) -> LetterTokenizer::new));
        tokenizers.put("classic", tokenizer((is, s) -> {
            int maxTokenLength = s.getAsInt("max_token_length", 255);
            return () -> {
                ClassicTokenizer tokenizer = new ClassicTokenizer();
                tokenizer.setMaxTokenLength(maxTokenLength);
                return tokenizer;
            };
        }));
        tokenizers.put("uax_url_email", tokenizer((is, s) -> {
            int maxTokenLength = s.getAsInt("max_token_length", 255);
            return () -> {
                UAX29URLEmailTokenizer tokenizer = new UAX29URLEmailTokenizer();
                tokenizer.setMaxTokenLength(maxTokenLength);
                return tokenizer;
            };
        }));
        tokenizers.put("path_hierarchy", tokenizer((is, s) -> {
            char delimiter = s.get("delimiter", "/").charAt(0);
            String replacement = s.get("replacement");
            char replace = replacement == null ? delimiter : replacement.charAt(0);
            int skip = s.getAsInt("skip", 0);
            return () -> new PathHierarchyTokenizer(delimiter, replace, skip);
        }));
        tokenizers.put("pattern", tokenizer((is, s) -> {
            Pattern pattern = Regex.compile(s.get("pattern", "\\W+"), s.get("flags"));
            int group = s.getAsInt("group", -1);
            return () -> new PatternTokenizer(pattern, group);
        }));
        tokenizers.put("ngram", tokenizer((is, s) -> {
            int min = s.getAsInt("min_gram", 1);
            int max = s.getAsInt("max_gram", 2);
            checkNgramDiff(is, min, max);
            IntPredicate tokenChars = tokenChars(s);
            return () -> new NGramTokenizer(min, max) {
                @Override
                protected boolean isTokenChar(int chr) {
                    return tokenChars.test(chr);
                }
            };
        }));
        tokenizers.put("edge_ngram", tokenizer((is, s) -> {
            int min = s.getAsInt("min_gram", 1);
            int max = s.getAsInt("max_gram", 2);
            IntPredicate tokenChars = tokenChars(s);
            return () -> new EdgeNGramTokenizer(min, max) {
                @Override
                protected boolean isTokenChar(int chr) {
                    return tokenChars.test(chr);
                }
            };
        }));
        return tokenizers;
    }

    @Override
    public List<PreConfiguredTokenizer> getPreConfiguredTokenizers() {
        return List.of(
            PreConfiguredTokenizer.singleton("keyword", KeywordTokenizer::new),
            PreConfiguredTokenizer.singleton("whitespace", WhitespaceTokenizer::new),
            PreConfiguredTokenizer.singleton("letter", LetterTokenizer::new),
            PreConfiguredTokenizer.singleton("classic", ClassicTokenizer::new),
            PreConfiguredTokenizer.singleton("uax_url_email", UAX29URLEmailTokenizer::new),
            PreConfiguredTokenizer.singleton("path_hierarchy", PathHierarchyTokenizer::new),
            PreConfiguredTokenizer.singleton("pattern", () -> new PatternTokenizer(Regex.compile("\\W+", null), -1)),
            PreConfiguredTokenizer.singleton("ngram", NGramTokenizer::new),
            PreConfiguredTokenizer.singleton("edge_ngram", () -> new EdgeNGramTokenizer(1, 1))
        );
    }

    /** The n-gram tokenizers' "token_chars": which characters stay inside a token (all of them by default). */
    private static IntPredicate tokenChars(Settings settings) {
        List<String> classes = settings.getAsList("token_chars");
        if (classes.isEmpty()) {
            return c -> true;
        }
        String custom = settings.get("custom_token_chars", "");
        IntPredicate result = c -> false;
        for (String name : classes) {
            IntPredicate test = switch (name.toLowerCase(Locale.ROOT)) {
                case "letter" -> Character::isLetter;
                case "digit" -> Character::isDigit;
                case "whitespace" -> Character::isWhitespace;
                case "punctuation" -> c -> switch (Character.getType(c)) {
                    case Character.START_PUNCTUATION, Character.END_PUNCTUATION, Character.OTHER_PUNCTUATION,
                        Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                        Character.FINAL_QUOTE_PUNCTUATION -> true;
                    default -> false;
                };
                case "symbol" -> c -> switch (Character.getType(c)) {
                    case Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
                    default -> false;
                };
                case "custom" -> c -> custom.indexOf(c) >= 0;
                default -> throw new IllegalArgumentException("unknown token_chars class [" + name + "]");
            };
            result = result.or(test);
        }
        return result;
    }

    // ---- char filters ---------------------------------------------------------------------------

    @Override
    public Map<String, AnalysisProvider<CharFilterFactory>> getCharFilters() {
        Map<String, AnalysisProvider<CharFilterFactory>> charFilters = new TreeMap<>();
        charFilters.put("html_strip", (indexSettings, env, name, settings) -> {
            List<String> escaped = settings.getAsList("escaped_tags");
            java.util.Set<String> escapedTags = escaped.isEmpty() ? null : new java.util.HashSet<>(escaped);
            return new AbstractCharFilterFactory(name) {
                @Override
                public Reader create(Reader reader) {
                    return new HTMLStripCharFilter(reader, escapedTags);
                }
            };
        });
        charFilters.put("mapping", requiresAnalysisSettings((indexSettings, env, name, settings) -> {
            List<String> rules = Analysis.getWordList(env, settings, "mappings");
            if (rules == null) {
                throw new IllegalArgumentException("mapping requires either `mappings` or `mappings_path` to be configured");
            }
            NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
            for (String rule : rules) {
                int arrow = rule.indexOf("=>");
                if (arrow < 0) {
                    throw new IllegalArgumentException("Invalid mapping rule : [" + rule + "]");
                }
                map.add(unescape(rule.substring(0, arrow).trim()), unescape(rule.substring(arrow + 2).trim()));
            }
            NormalizeCharMap normalizeCharMap = map.build();
            class Factory extends AbstractCharFilterFactory implements NormalizingCharFilterFactory {
                Factory() {
                    super(name);
                }

                @Override
                public Reader create(Reader reader) {
                    return new MappingCharFilter(normalizeCharMap, reader);
                }
            }
            return new Factory();
        }));
        charFilters.put("pattern_replace", requiresAnalysisSettings((indexSettings, env, name, settings) -> {
            Pattern pattern = Regex.compile(settings.get("pattern"), settings.get("flags"));
            String replacement = settings.get("replacement", "");
            class Factory extends AbstractCharFilterFactory implements NormalizingCharFilterFactory {
                Factory() {
                    super(name);
                }

                @Override
                public Reader create(Reader reader) {
                    return new PatternReplaceCharFilter(pattern, replacement, reader);
                }
            }
            return new Factory();
        }));
        return charFilters;
    }

    /** The escapes a mapping rule may use: backslash-t, -n, -r, -b, -f, -u plus four hex digits. */
    private static String unescape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char next = s.charAt(++i);
                switch (next) {
                    case 't' -> out.append('\t');
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                        i += 4;
                    }
                    default -> out.append(next);
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
