/**
 * Word lists for the keyword extractor, tuned for scientific abstracts. All entries are lower case.
 *
 * - `STOPWORDS` break a candidate phrase: function words, common verbs and adverbs of academic
 *   prose, evaluative adjectives ("novel", "significant") and words that are never part of a good
 *   keyword ("paper", "approach", "results", "via", "existing"...).
 * - `GENERIC_WORDS` may sit inside a phrase ("finite element method", "training data") but never
 *   make a keyword on their own, and a phrase made only of them ("model performance") is dropped.
 *
 * Both are exported as sets so a later task can extend them.
 */

const FUNCTION_WORDS = `
a about above across after afterwards again against all almost alone along already also although always am among amongst
an and another any anyhow anyone anything anyway anywhere are around as at be became because become becomes becoming been
before beforehand behind being below beside besides between beyond both but by can cannot could did do does doing done down
due during each either else elsewhere enough etc even ever every everyone everything everywhere except few for former formerly
from further furthermore had has have having he hence her here hereby herein hers herself him himself his how however i if in
indeed into is it its itself just last latter latterly least less lest let like likewise may me meanwhile might mine more
moreover most mostly much must my myself namely neither never nevertheless next no nobody none noone nor not nothing now
nowhere of off often on once only onto or other others otherwise our ours ourselves out over own per perhaps rather same
seem seemed seeming seems several she should since so some somehow someone something sometime sometimes somewhat somewhere
still such than that the their theirs them themselves then thence there thereafter thereby therefore therein thereof thereupon
these they this those though through throughout thru thus to together too toward towards under unless until up upon us
very via was we well were what whatever when whence whenever where whereas whereby wherein whereupon wherever whether which
while whither who whoever whole whom whose why will with within without would yet you your yours yourself yourselves
e.g i.e eg ie cf vs versus viz al et etc
one two three four five six seven eight nine ten eleven twelve hundred thousand million billion
first second third fourth fifth firstly secondly thirdly finally lastly
modulo ones
`;

/** Verbs (in the forms abstracts use) that are never part of a keyword. */
const VERBS = `
propose proposes proposed proposing present presents presented presenting introduce introduces introduced introducing
show shows showed shown showing demonstrate demonstrates demonstrated demonstrating achieve achieves achieved achieving
outperform outperforms outperformed outperforming provide provides provided providing use uses used using apply applies
applied applying obtain obtains obtained describe describes described discuss discusses discussed consider considers
considered investigate investigates investigated explore explores explored evaluate evaluates evaluated examine examines
examined analyze analyzes analyzed analyse analyses analysed assess assesses assessed identify identifies identified
improve improves improved hold holds held raise raises raised include includes included including contain contains contained
offer offers offered perform performs performed compare compares compared report reports reported find finds found
suggest suggests suggested indicate indicates indicated reveal reveals revealed highlight highlights highlighted aim aims
aimed seek seeks sought help helps helped tend tends appear appears appeared exist exists existed emerge emerges emerged
begin begins began begun generate generates employ employs employed exploit exploits exploited leverage leverages
leveraged combine combines combined integrate integrates captures captured allow allows allowed enable enables
enabled enabling require requires required requiring remain remains remained become yielded make makes made
making give gives gave given take takes took taken get gets got see sees saw seen called termed known
establish establishes established ensure ensures ensured ensuring represent represents represented define defines
explain explains explained extend extends extended illustrate illustrates illustrated confirm confirms confirmed verify
verifies verified validate validates validated solve solves solved tackle tackles tackled relies rely relied depend
depends depended consist consists consisted correspond corresponds affect affects affected addresses addressed
leads led drawn chosen done achieves gained mitigate mitigates mitigated assist assists synthesize
synthesizes synthesise guide guides developed develop develops attempt attempts attempted focuses focused
concentrate concentrates discover discovers discovered observe observes observed noted studied
designed argue argues argued claim claims claimed predict predicts facilitate facilitates facilitated
reduce reduces lack lacks lacking lacked posed arise arises arose
serve serves served produce produces produced allow implement implements implemented incorporate
incorporates incorporated utilize utilizes utilized utilise utilises handle handles outline outlines outlined
reviewed summarize summarizes summarized summarise discussing exhibit exhibits exhibited surpass surpasses deliver delivers
delivered conduct conducts conducted enhance enhances enhanced enhancing adopt adopts adopted
based prove proves proven
describing containing showing involving allowing yielding giving representing indicating suggesting considering
exhibiting achieving leveraging exploiting combining integrating capturing reducing improving increasing producing
performing obtaining comparing evaluating investigating exploring examining analyzing analysing identifying addressing
mitigating demonstrating relying depending consisting corresponding affecting evolving outperforming presenting
`;

/** Adverbs and connectives that do not end in -ly (those that do are handled by the suffix rule). */
const ADVERBS = `
also almost already always instead still yet thus hence therefore moreover furthermore however nevertheless nonetheless
otherwise rather quite even further often well much many more most less least very too again ever never here there
now then today currently recently typically especially particularly approximately respectively additionally
ago
`;

/** Evaluative and generic adjectives that pad phrases without naming anything. */
const ADJECTIVES = `
novel new recent current future significant substantial crucial essential important comprehensive powerful
promising better best good great greater greatest major main simple effective efficient various different several
existing numerous diverse wide broad overall certain particular possible able available proper
many few whole entire various same similar such own given large-scale state-of-the-art sota strong stronger
high-quality improved unified extensive thorough rigorous remarkable superior competitive challenging difficult easy
useful interesting relevant traditional conventional typical common popular emerging underexplored well-known
so-called well-established up-to-date long-standing widely-used small real-world vital ongoing
widespread fastest intuitive fascinating peculiar careful sophisticated tighter excellent decent extraordinary
reasonable appropriate adequate brief immense considerable resulting corresponding underlying respective impressive
unprecedented notable noteworthy dramatic tremendous enormous huge additional previous earlier latest usual judicious
dominant severe
`;

/** Academic nouns that are never a good keyword, alone or inside a phrase. */
const ACADEMIC_NOUNS = `
paper papers article articles work works approach approaches result results finding findings contribution contributions
arxiv abstract introduction conclusion conclusions experiment experiments way ways lot lots thing things aspect aspects
respect regard terms kind kinds sort sorts means comment comments rejoinder reply erratum corrigendum addendum
january february march april june july august september october november december monday tuesday wednesday thursday
friday saturday sunday
`;

/** May appear inside a keyword but never alone ("method" in "finite element method", "data" in "training data"). */
const GENERIC = `
method methods model models system systems data analysis algorithm algorithms network networks problem problems task
tasks performance framework frameworks technique techniques application applications process processes structure
structures set sets function functions value values information level levels type types case cases number numbers order
time times part parts form forms term effect effects factor factors feature features property properties condition
conditions parameter parameters aspect issue issues challenge challenges concern concerns dimension dimensions development
research study survey review literature evaluation evaluations benchmark benchmarks baseline baselines setting settings
solution solutions goal goals objective objectives insight insights understanding gap gaps effort efforts quality accuracy
efficiency effectiveness improvement improvements idea ideas concept concepts need needs importance role roles impact
impacts interest promise potential advantage advantages limitation limitations stage stages step steps
component components module modules tool tools resource resources scheme schemes strategy strategies mechanism
mechanisms procedure procedures implementation design output outputs input inputs outcome outcomes evidence example
examples instance instances point points region regions area areas field fields domain domains scenario scenarios
environment environments context contexts situation situations object objects subject subjects individual individuals
group groups user users researcher researchers author authors simulation simulations test tests measure metric metrics
score scores rate rates size sizes scale scales amount degree range variety category categories version versions year
years day days world state states change changes increase decrease difference differences relationship relationships
relation relations combination comparison addition view sense fact facts question questions topic topics theme themes
matter direction directions trend trends practice practices theory technology technologies operation operations
methodology methodologies architecture architectures capability capabilities ability abilities dataset datasets
characteristic characteristics principle principles element elements option options account basis course
pipeline pipelines
`;

/** Ordinary nouns that are never a keyword alone but make good phrases ("Mass" no, "Stellar Mass" yes). */
const PLAIN = `
science sciences calculation calculations evolution proof proofs description descriptions consequence consequences
approximation approximations note notes series measurement measurements array arrays formation convergence origin
origins text texts supplement remark remarks overview inference classification search formula formulas formulae
behavior behaviour behaviors behaviours operator operators radius radii mass masses product products quest event
events milestone milestones book books scientist scientists society history contemporary generation generations
viewpoint viewpoints opinion opinions advance advances decrease decreases influence influences phenomenon phenomena
scrutiny computation computations visualization visualisation discussion discussions presentation presentations
determination determinations estimate estimates estimation prediction predictions observation observations
construction constructions characterization characterizations characterisation definition definitions example
generalization generalisation extension extensions version analogue analogues analog counterpart counterparts
implication implications interpretation interpretations relationship notion notions family families class classes
kind pair pairs member members collection collections subset subsets list lists sequence sequences source sources
manuscript letter report reports proceedings chapter section sections appendix table tables figure figures
lifetime lifetimes period periods distribution distributions shape shapes length lengths width height depth
energy energies strength strengths magnitude magnitudes precision error errors uncertainty uncertainties
limit limits bound bounds regime regimes phase phases mode modes state quantity quantities position positions
sample samples selection selections treatment treatments response responses detail details nature purpose
aim aims focus agreement consistency discrepancy accounting benefit benefits cost costs expense trade-off tradeoff
people person human humans student students teacher teachers public education society generation community communities
particle particles space spaces graph graphs polynomial polynomials integral integrals manifold manifolds orbit orbits
instrument instruments wavelength wavelengths zero zeros regulator outlier outliers physicist physicists philosopher
philosophers mathematician mathematicians astronomer astronomers universe processing matrix matrices vector vectors
equation equations body bodies object objects item items unit units entity entities agent agents material materials
applicability argument arguments awareness by-product by-products byproduct byproducts conjecture conjectures
prescription prescriptions sum sums end ends norm norms detection detections
`;

/**
 * Vague nouns: a phrase whose head is one of these and whose other words are generic nouns or
 * adjectives names no concept ("Scientific Issues", "Widespread Attention", "Consensus Viewpoint").
 */
const VAGUE = `
issue issues attention viewpoint viewpoints opinion opinions advance advances effort efforts insight insights
understanding context contexts solution solutions idea ideas role roles impact impacts interest interests promise
progress success successes failure failures benefit benefits need needs importance attempt attempts step steps
consensus generation generations decrease decreases increase increases influence influences description descriptions
discussion discussions overview perspective perspectives phenomenon phenomena scrutiny aspect aspects challenge
challenges opportunity opportunities way ways manner fact facts evidence example examples situation situations view
views sense look picture story stories account opinion viewpoint advance growth
pattern patterns formulation formulations dependence behavior behaviors behaviour behaviours
capability capabilities application applications environment environments
`;

/**
 * General adjectives: a phrase of these and generic or vague nouns only ("General Framework",
 * "Theoretical Analysis", "Single Number", "Local Detections") names nothing; at the start of a
 * phrase that is another concept of the paper they are an extension ("General Multisite … Cycle").
 */
const GENERAL_ADJ = `
general special single large small infinite direct global deep low lower high higher local expected measured practical
theoretical experimental arbitrary odd ideal intensive interpretable modern basic distinct daily fast faster simplified
preserved scientific internal external overall various typical common explicit original different certain main final
initial whole entire end-to-end large-scale small-scale simple detailed individual multiple several many same other
numerical spectroscopic analytical analytic computational empirical systematic quantitative qualitative observational
extensive quadratic geometric exact logical restricted distinguished specific
`;

/** Units as written (case matters: `MeV`, not `MEV`): never part of a keyword ("10 MeV", "260 pc", "3.5 mm"). */
const UNIT_WORDS = `
eV keV MeV GeV TeV PeV fb pb nb km mm cm nm um µm Hz kHz MHz GHz THz kpc Mpc pc AU arcsec arcmin mas deg rad
kg mg ms ns ps fs kms msun rsun lsun Msun Rsun Lsun Jy mJy mK kW MW GW kWh TWh dBm dB GB TB MB kB Mbps Gbps
`;

function words(list: string): string[] {
	return list.split(/\s+/).filter((w) => w !== "");
}

/** Words that break a candidate phrase. */
export const STOPWORDS: ReadonlySet<string> = new Set([
	...words(FUNCTION_WORDS),
	...words(VERBS),
	...words(ADVERBS),
	...words(ADJECTIVES),
	...words(ACADEMIC_NOUNS),
]);

/** Ordinary nouns (see `PLAIN`). */
export const PLAIN_WORDS: ReadonlySet<string> = new Set(words(PLAIN));

/** General adjectives (see `GENERAL_ADJ`). */
export const GENERAL_ADJECTIVES: ReadonlySet<string> = new Set(words(GENERAL_ADJ));

/** Vague nouns (see `VAGUE`). */
export const VAGUE_WORDS: ReadonlySet<string> = new Set(words(VAGUE));

/** Units (see `UNIT_WORDS`), as written. */
export const UNITS: ReadonlySet<string> = new Set(words(UNIT_WORDS));

/** Words allowed inside a phrase but never a keyword alone. */
export const GENERIC_WORDS: ReadonlySet<string> = new Set(words(GENERIC));

/** Words ending in -ly that are not adverbs (so they do not break a phrase). */
export const LY_NOUNS: ReadonlySet<string> = new Set(
	words(`family anomaly anomalies assembly supply monopoly italy july butterfly ally homily firefly early poly jelly belly
	rally reply melancholy holy ugly oily silly curly hilly daily weekly monthly quarterly yearly hourly friendly`),
);

/**
 * Gerunds that name a thing ("machine learning", "clustering") and so may start a phrase.
 * Other -ing words at the start of a phrase are verbs ("enhancing clinical care") and are cut off.
 */
export const NOUN_GERUNDS: ReadonlySet<string> = new Set(
	words(`learning processing reasoning computing clustering modeling modelling training planning mining tracking
	scheduling routing sensing imaging rendering parsing tagging ranking filtering matching sampling coding encoding decoding
	hashing indexing pruning prompting forecasting monitoring programming engineering manufacturing banking marketing
	pricing trading networking caching testing building string spring ring king wing thing ceiling morning wedding meeting
	painting clothing pudding bearing hearing housing heating cooling lighting welding casting machining grinding
	drilling milling printing packaging shipping logging mapping labeling labelling annotating captioning grounding
	fine-tuning pretraining pre-training finetuning retraining boosting bagging stacking ensembling denoising inpainting
	dehazing deblurring smoothing thresholding segmenting embedding writing reading speaking listening counting
	positioning beamforming scattering tunneling tunnelling doping bonding folding binding signaling signalling
	sequencing screening staining warming swimming walking running driving flying cycling funding lending
	accounting auditing financing outsourcing crowdsourcing offloading multiplexing switching scaling crawling querying
	retrieval-augmented gating pooling padding dropout spelling understanding drawing answering coloring colouring
	balancing fitting tracing stitching partitioning scheduling recognizing captioning reasoning thinking writing
	modeling remodeling forwarding spreading shielding pumping cooling melting freezing heating splitting coupling
	tunneling trapping cladding lensing shearing straining bending buckling cracking loading forcing damping
	pinning ordering doping hopping twisting breaking symmetry-breaking channeling channelling computing
	averaging renormalizing smearing sensing beamforming precoding equalizing interleaving puncturing fading
	jamming spoofing phishing mining farming fishing grazing breeding cropping irrigation landing parking routing
	swapping paging hashing profiling debugging linting fuzzing refactoring versioning licensing offloading`),
);

export function isStopword(lowerWord: string): boolean {
	return STOPWORDS.has(lowerWord);
}

export function isPlainWord(lowerWord: string): boolean {
	return PLAIN_WORDS.has(lowerWord);
}

export function isVagueWord(lowerWord: string): boolean {
	return VAGUE_WORDS.has(lowerWord);
}

export function isGenericWord(lowerWord: string): boolean {
	return GENERIC_WORDS.has(lowerWord);
}
