/**
 * Verbs that are never nouns, adjectives or adverbs: a word of a candidate phrase in one of their
 * verb forms (`agrees`, `generalize`, `understand`, `arose`) is a verb, so it ends the phrase
 * ("the Earth-Moon system *agrees* with", "colored pebbles *generalize*", "LLMs *understand*").
 *
 * The list is derived from WordNet 3.0 (Princeton University): the one-word lemmas of index.verb
 * that are in none of index.noun, index.adj and index.adv, kept when SemCor counts a verb sense of
 * them (cntlist.rev) or they end in -ize, -ify or -ate; less `compute` and `embed` (nouns in
 * machine learning) and `transform` (a noun in mathematics: Fourier, Radon, cosine transforms). `IRREGULAR`
 * are their irregular past forms from verb.exc that are not -ed words.
 * About 24 KB in main.js.
 *
 * WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. THIS SOFTWARE AND
 * DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES,
 * EXPRESS OR IMPLIED. The name of Princeton University or Princeton may not be used in advertising
 * or publicity pertaining to distribution of the software and/or database. (WordNet 3.0 licence.)
 */

const VERB_ONLY = `
abacinate abate abbreviate abdicate aberrate abet abhor abide ablactate ablate abnegate abolish abominate abound
abridge abrogate absorb absquatulate abstain accede accelerate accentuate accept acclimate acclimatize accommodate
accompany accomplish accost accredit accrue acculturate accumulate accuse accustom acerbate acetify acetylate
acetylize achieve achromatize acidify acidulate acknowledge acquaint acquiesce acquire acquit activate actualize
actuate adapt adhere adjoin adjourn adjudicate adjust administer administrate admire admit admix admonish adopt adore
adorn adsorb adulate adumbrate advertise advertize advise aerate aerify aerosolize aestivate affirm afford agenize
aggrandize aggravate agitate agnize agonize agree alchemize alcoholize alienate align alkalify alkalinize alkalize
allege allegorize alleviate alliterate allocate allot allow alphabetize alter altercate aluminize amass amaze ambulate
ameliorate amend americanize ammoniate ammonify amortize amplify amputate amuse anaesthetize anagrammatize analogize
analyse analyze anathematize anathemize anatomize anesthetize anglicize animalize animize annihilate annotate announce
annoy annunciate anodize antagonise antagonize antedate anthologize anthropomorphize anticipate antiquate
antisepticize aphorize apologize apostatize apostrophize apotheosize appear appease append applaud apply appoint
apportion appraise appreciate apprehend apprize approbate approve arbitrate arborize archaize argue arise aromatize
arouse arraign arrange arrive arrogate arterialize ascend ascertain ascribe ask asphyxiate aspire assail assassinate
assemble assert assess asseverate assibilate assign assimilate assonate assume assure astonish astound astrogate
atomize atone attach attain attend attest attitudinize attract attune augment aurify auscultate auspicate authenticate
authorize automate automatize autotomize avenge avert avianize aviate avoid await awaken backdate bacterize bake
balkanize banish baptize barbarize baronetize basify bask bastardize bate bawl beatify beautify beckon become bedamn
befall befit befog befriend befuddle beg beget beguile behave behead behold behoove belabor belie believe belong
bemoan beneficiate benficiate berate beseech beset besiege besmirch bespeak bestialize bestow bethink betray bewail
beware bewilder bewitch bide bilk bituminize blab blacken blanch blaspheme bleed bless bloviate blurt bode boggle
bolshevize bombilate bombinate bonderize borrow botanize bowdlerize breathe brecciate brighten bring broaden bromate
brominate browbeat bruit brutalize burgeon burglarize bury bushwhack butylate cachinnate calcify calculate calibrate
calumniate camphorate canalize cannibalize cannulate cannulize canonize cantillate canulate capacitate capitalize
capitulate caponize capsize capsulize captivate caramelize carbonize carboxylate carburize carnalize carnify carve
caseate castigate catabolize catechize categorize catenate cater catheterize catholicize cauterize cavort celebrate
centralize centrifugate cerebrate certify channelize characterize cherish chide chivy chlorinate chondrify choose
choreograph christianize chronologize chuff cicatrize cinematize circularize circulate circumambulate circumnavigate
circumscribe circumstantiate circumvallate citify civilize clarify classicize classify cleanse cleave clomp clothe
coalesce cocainize coddle codify coeducate coerce coexist cogitate cognize cohere coincide collaborate collate
collateralize collectivize colligate collimate collocate colonize colorize colourize commandeer commemorate commence
commend commentate commercialize comminate commiserate commit communalize communicate communize commutate
compartmentalize compel compensate compete compile complain complexify complicate comply compose comprehend comprise
computerize concatenate conceal concede conceive conceptualize concertize conciliate conclude concoct concretize
concur condemn condense condone confabulate confer confess confide confine confirm conflagrate conflate conform
confound confront confuse congeal conglobate conglutinate congratulate congregate conjoin connect connote conquer
consider consign consist consociate consolidate consonate conspire constellate consternate constipate constitute
constitutionalize constrict construe consubstantiate consult consume contain containerize contaminate contemplate
contemporize contend continue contradict contraindicate contribute contrive convene conventionalize converge convey
convince convulse cooperate copolymerize copulate coronate correspond corroborate corrode corrugate coruscate
cosponsor counteract counterchallenge covet cower cram crave create cremate crenelate crenellate creolize crepitate
criminalize criminate cringe criticise criticize croon crucify crumble crumple crystalize crystallize culminate
cultivate cumulate curtail customize cutinize cybernate dabble dampen dandify dangle darken daunt deactivate deaden
deaerate deaminate deaminize debilitate decaffeinate decalcify decapitate decarbonate decarbonize decarboxylate
decarburize deceive decelerate decentralize decerebrate decertify dechlorinate decide decimalize decimate declaim
declare declassify decollate decolonize decolorize decolourize decompose deconcentrate deconsecrate decontaminate
decorate decorticate decrepitate decriminalize decry dedicate dedifferentiate deduce deduct deem deepen defalcate
defecate defeminize defend defenestrate defer defibrillate defibrinate define deflagrate deflate defraud defray
defrost defy deglycerolize degrade dehumanize dehumidify dehydrate dehydrogenate deify deign deionize delimit
delimitate deliver delocalize delude delve demagnetize demarcate demasculinize dematerialize demean demilitarize
demineralize demobilize democratize demodulate demolish demonetize demonize demonstrate demoralize demote demulsify
demyelinate demystify demythologize denationalize denaturalize denazify denigrate denitrify denominate denote denounce
deny deodorize deoxidize deoxygenate depart depend depersonalize depict depilate deplore deploy deplumate depolarize
depopulate depose deprave deprecate depreciate depress depressurize deprive deputize deracinate derate derecognize
deregulate deride derive derogate desacralize desalinate desalinize descend describe desecrate desegregate desensitize
deserve desexualize despise despoil desquamate destabilize destalinize destine destroy desulfurize desulphurize
desynchronize detach detain detect deter deteriorate determine detest detonate detoxicate detoxify detract
detransitivize detribalize devaluate devastate develop devilize devitalize devitrify devote devour diabolize diagnose
diagonalize dialyze diazotize dichotomize differ differentiate digitalize digitize dignify digress dilapidate dilate
diminish dine diphthongize disable disabuse disagree disallow disambiguate disappear disappoint disapprove disarm
disarticulate disassemble disassociate disband disbelieve disburse discern disclose discolorize discombobulate
discontinue discourage discover discuss disenfranchise disengage disentangle disharmonize dishearten disincarnate
disintegrate disinter dislocate dislodge dismember dismiss disobey disorganize disorientate disown dispel dispense
disperse displace dispose disprove disqualify disrobe disrupt dissect dissemble disseminate dissertate dissimilate
dissimulate dissipate dissociate dissonate dissuade distill distinguish distort distract distribute disturb disunify
divagate divaricate diverge diversify divert divest divulge dogmatize domesticate domesticize domiciliate dominate
domineer donate downsize dramatize drown dulcify dulcorate dwell dwindle dynamize earn eat ebonize economize edify
edit editorialize educate edulcorate efface effectuate effeminize effloresce eject elapse elate electrify elegize
elevate elicit eliminate elucidate elude elute emaciate emanate emancipate embark embarrass embellish embezzle
embitter embody embolden emboss embrocate embroider embroil emerge emigrate emit empathize emphasize empower emulate
emulsify enable enact encamp encapsulate encase enchant encipher enclose encompass encourage encroach encrust endanger
endear endorse endow endure energize enervate enforce engage engender engrave engross engulf enhance enjoin enjoy
enlarge enlist enliven enmesh enquire enrage enrich enrol enroll ensconce enshrine ensue ensure enter entertain
enthrall enthrone entice entitle entomb entrench entrust enucleate enumerate enunciate envelop environ envisage
envision epilate epitomize equalize equate equilibrate equilibrize equip equivocate eradicate erase erode eroticize
err erupt escalate eschew espouse establish esterify estivate etch eternalize eternize etherealize etherify etherize
etymologize eulogize euphemize europeanize evacuate evade evaluate evangelize evaporate eventuate evoke evolve
exacerbate exaggerate exalt examine exasperate excavate exceed excel except excite exclaim exclude excogitate
excommunicate excoriate excruciate exculpate execrate execute exemplify exenterate exert exfoliate exhale exhilarate
exist exonerate exorcise exorcize expand expatiate expect expectorate expedite expel expend expiate expire explain
explicate explode explore expostulate expound expropriate expunge expurgate exsiccate extemporize extend extenuate
exteriorize exterminate externalize extinguish extirpate extrapolate extravasate extricate extrude exuberate exude
exuviate fabricate facilitate factorize fail falsify familiarize fancify fantasize fascinate fasten fatten faze
fecundate federalize feign felicitate fellate feminize fertilize festinate fetishize feudalize fibrillate fictionalize
filiate finalize fixate flatten flatter flee flocculate flog flout fluctuate fluoresce fluoridate fluoridize focalize
follow forbid foreclose foredate forego foreknow foresee foreshorten forestall forget forgive forgo formalize
formicate formularize formulate fornicate forsake forswear fortify fossilize fractionate fragmentize fraternize
frenchify frighten frizzle frogmarch fructify frustrate fulfil fulfill fumigate furcate furl furnish fustigate
galvanize gasify gelatinize generalize generate gentrify germinate gestate gesticulate ghettoize gird glaciate
glamorize glamourize glean globalize glom glorify gluttonize glycerolize gnash gnaw goldplate gormandize gourmandize
govern gradate granulate gratify gravitate greet grieve grovel grow guzzle gyrate habilitate habituate haemagglutinate
hallucinate hanker happen harass harden harmonize harry harshen hasten heal hear heighten hemagglutinate hesitate
hibernate homogenize homologize horrify horripilate hospitalize hover humanize humidify humify humiliate hurtle
hybridize hydrogenate hydrolize hygienize hyperbolize hyperventilate hyphenate hypnotize hypophysectomize hypostatize
hypothecate hypothesize idealize ideate identify idolize ignite ignore illegalize illuminate illumine illustrate
imagine imbed imbibe imitate immaterialize immerse immigrate immobilize immolate immortalize immunize impair impale
impart impede impel imperil impersonate impinge implicate implore imply impose imprecate impregnate imprison improve
improvise improvize impute inactivate inaugurate incapacitate incarcerate incinerate incise incite inclose include
incriminate incubate inculcate inculpate incur indemnify indicate indict individualize individuate indoctrinate
indorse induce induct indulge industrialize infatuate infect infer infest infiltrate inflame inflate inflect inflict
inform infuriate infuscate ingeminate ingest ingratiate ingurgitate inhabit inherit inhibit initialize inject injure
innervate innovate inoculate inosculate inquire inscribe inseminate insinuate insist insolate inspect inspire
inspissate instal install instantiate instigate institutionalize instruct instrumentate insufflate insulate insure
integrate intend intensify inter interact intercalate intercede intercommunicate interconnect interfere interiorize
interject interlace internalize internationalize interpellate interpenetrate interpolate interpose interpret
interrelate interrogate intersect interstratify intertwine intervene interweave intimidate intonate intone intoxicate
intransitivize introduce intrude intrust intubate inundate inure invade invaginate invalidate inveigh invent invert
invest investigate invigilate invigorate invoke involve iodinate iodize ionate ionize irradiate irrigate irritate
islamize isolate isomerize italicize itemize iterate itinerate jactitate jellify jeopardize jollify jubilate justify
juxtapose keratinize kidnap knead labialize laicize languish lapidate lapidify lateralize latinize laze learn legalize
legislate legitimatize legitimize lend lengthen lenify lessen levitate lexicalize liberalize liberate librate ligate
lighten lignify linearize linger lionize liquidate liquidize liquify listen literalize litigate loathe localize locate
loiter loosen lose lubricate lucubrate lurk lustrate luxate luxuriate lyophilize lysogenize macadamize macerate
machicolate machinate magnetize magnify maintain malinger maltreat malversate manage manducate manipulate marbleize
marginalize marinate marry martyrize masculinize masticate masturbate materialize maturate maximize mechanize meddle
medicate meditate melanize meliorate melodize memorialize memorize menstruate mensurate mercerize merge mesmerize
metabolize metalize metallize metamorphose metastasize metricate metricize metrify micturate migrate militarize
militate mineralize mingle miniate miniaturize minify minimize misappropriate miscalculate miscarry miscegenate
misconstrue miscreate misdate misestimate misgauge misidentify misinterpret misjudge mislay mislead mismanage mismate
misname misperceive misplace misread misrepresent misstate mistranslate misunderstand mitigate mobilize modernize
modify modulate moisten moisturize molest mollify monetize mongrelize monologuize monopolize monumentalize moralize
mortify motivate motorize mourn mummify mussitate mutate mutilate mystify mythicize mythologize nab narcotize narrate
nasale nasalize nationalize naturalize nauseate navigate nazify necessitate negate negociate negotiate neutralize
nictate nictitate nigrify nitrify nitrogenize nominate normalize notarize notate notify nourish novate novelize
nullify nutate nutrify nuzzle obey obfuscate objectify objurgate oblige obnubilate observe obsess obstipate obstruct
obtain obturate obviate occidentalize occlude occupy occur odorize offend officialize officiate offsaddle ogle omit
opacify opalize operate oppose oppress opsonize optimize orate orchestrate ordain organise organize orientalize
orientate originate oscillate osculate ossify ostentate ostracize oust outclass outdistance outdo outdraw outface
outfight outgeneral outgrow outlive outmaneuver outmode outnumber outplay outrun outsmart outstrip outweigh
overcapitalize overcome overcompensate overcultivate overdramatize overeat overemphasize overexpose overfeed overfill
overgeneralize overhear overheat overindulge overpopulate overpower overproduce overrate overreach overshadow
oversimplify overspecialize overstate overstep overtake overwhelm ovulate owe oxidate oxidise oxidize oxygenate
oxygenize ozonize pacify paganize paginate palatalize palliate palpate palpitate pamper parallelize paralyze parch
pare partake participate particularize pasteurize patinate patinize patronize pauperize peculate peddle penalize
penetrate peptize perambulate perceive peregrinate perennate perform perish permeate perorate perpetrate perpetuate
persecute perseverate persevere persist personalize personate personify persuade pertain perturb peruse pervade
pervaporate pester petrify philosophize phlebotomize phonate photosensitize pilfer pinkify placate plagiarize
plasticize plastinate platinize platitudinize plead plicate pluralize poach poetize polarize polemicize polemize
politicize pollenate pollinate polychromize polymerize ponder popularize populate porcelainize portend portray possess
postdate postpone potentiate pour powderize practise pray preach preachify prearrange precede preclude predate predict
prefabricate prefer preisolate premeditate preoccupy prepare preponderate prescribe preside pressurize presume
presuppose prettify prevail prevaricate prevent prioritize prise privatize proceed proclaim procrastinate procreate
procure profess professionalize prognosticate prohibit proliferate prologize prologuize prolong promote promulgate
pronate pronounce propagandize propagate propel prophesy propitiate propose prorate proscribe prosecute proselytize
prosper protect protrude protuberate prove provide provoke ptyalize publicize publish pullulate pulsate pulverize
pummel punctuate punish pupate purify purloin purpurate pursue qualify quantify quantize quash quell quench quicken
quit radicalize radiolocate ramify randomize ransack rarify rasterize ratify ratiocinate rationalize reacquaint react
reactivate readapt readjust reaffirm realign realize reallocate reanimate reap reappear rearrange reassail reassemble
reassert reassign reassure reawaken rebuild rebut recalcitrate recalculate recapitulate recede receive recidivate
reciprocate recite reckon reclaim reclassify recognize recollect recommend reconcile recondition reconnoiter
reconsecrate reconsider reconstruct reconvene reconvert recopy recoup recover recreate recriminate rectify recuperate
recur redden redecorate rededicate redeem redefine redirect rediscover redistribute redouble reduce reduplicate reecho
reelect reenact reenforce reestablish reevaluate reexamine refashion refer refinance refine reflate reflect
reflectorize reformulate refrigerate refuel refurbish refute regain regale regroup regularize regulate regurgitate
rehabilitate reharmonize rehearse reify reimburse reinforce reinstall reinstate reintegrate reinterpret reinvigorate
reiterate rejoice rejoin rejuvenate relace relate relativize relax relearn relegate relent relieve relinquish relive
reload relocate rely relyric remain remarry remediate remember remilitarize remind reminisce remodel remonstrate
remunerate rename rend renegociate renegotiate renew renormalize renovate reopen reorganize reorientate repay repel
repent rephrase replace replant replenish replicate represent repress reprize reproduce repudiate require reread
reschedule rescind reseal resemble resent resettle reshape reside resift resign resinate resist resize resmudge
resonate resound respond restate restock restore restrain restrict resurrect resuscitate resuspend retain retaliate
retie retire retrace retract retranslate retrieve reunify reunite reuse revamp reveal reverberate revert revile
revitalize revive revivify revolutionize revolve rhapsodize rid rigidify ripen ritualize rive roam rob roleplay
romanize romanticize rotate roughen rouse rove rubberize rubify rubricate ruggedize ruminate rusticate saccharify
sadden salinate salivate saltate sanctify sanitate sanitize saponify sate satirize satisfy saturate scandalize scarify
schematize scintillate scoot scrounge scrutinize secede secernate seclude secrete sectionalize secularize seem seep
seize send sensibilize sensify sensitize sensualize sentimentalize sentimentize sequestrate serialize sermonize sever
severalize sew sexualize shamanize sharpen shatter shelve shirk shorten shun sibilate sicken sidle sift signalize
signify silverplate simonize simplify simulate sing singularize sit situate skulk slacken slenderize slink slurp smite
smuggle socialize sodomize soften solarize solemnize solicit solidify soliloquize solmizate solve somnambulate soothe
sorcerize sovietize spang speak specialize speciate specify spectate speculate speechify spend sphacelate spiritize
spiritualize spondaize sporulate spurn stabilize stagnate stalinize standardize starve sterilize stiffen stigmatize
stimulate stipulate stoke stow straighten strangle strangulate stratify strengthen strew stridulate strive stultify
stun stylize subdue subjugate subluxate submerge submit subrogate subscribe subside subsidize subsist substantiate
subtend subtilize subtract suburbanize subvert subvocalize succeed succumb sudate suffer suffice suffocate suffuse
suggest summarize summate summerize summon sunder superannuate superfetate superimpose superintend supersede supervise
supinate supplant supplicate suppose suppress suppurate surmount surpass survive suspend sustain susurrate swear
syllabicate syllabify syllabize syllogize symbolize symmetrize sympathize symphonize synchronize syncopate syncretize
synthesise synthesize systematize systemize tabularize tabulate tantalize teem telecommunicate telepathize televise
temporize tempt tend tenderize tergiversate terminate terrify territorialize terrorize tessellate testify thank
theologize theorize thicken thoriate threaten thresh thrive thurify tighten tintinnabulate titillate titivate titrate
tittivate tolerate topicalize topple totalize totter tranquilize tranquillize transact transaminate transcend
transcribe transfix transgress transistorize transitivize translate transliterate translocate transmigrate
transmit transmogrify transmute transpirate transubstantiate traumatize tribulate trifurcate trivialize tweeze typify
tyrannize uglify ulcerate ululate unclasp uncork uncover uncrate uncurl undergo underlie undermine underpin underrate
understand understate undertake underwrite undo unearth unfasten unfold unhitch uniformize unify unionize unite
unitize universalize unlace unlash unleash unload unlock unmask unpack unravel unsanctify unscramble unscrew unsheathe
unsolder unsubstantialize unteach unthaw untie unveil unwind unwire uphold upholster upraise uproot urbanize urinate
urticate usurp utilize vacate vaccinate vacillate validate valuate vandalize vanish vanquish vaporize variegate vary
vascularize vasectomize vaticinate veer vegetate vellicate venerate ventilate verbalize verbify verify versify
vesicate vesiculate vex vibrate victimize vie vilify vindicate vinify violate virilize visualize vitalize vitaminize
vitiate vitrify vituperate vivify vocalize vociferate volatilize vouch vouchsafe vowelize vulcanize vulgarize waive
wander warn waylay weaken wean weaponize weep weigh wend westernize wheedle whet whiten widen wield winterize withdraw
wither withhold withstand womanize woo woolgather worsen wreak wreathe write writhe yearn
`;

const IRREGULAR = `
arisen arose became befallen befell begat begot beheld besought bethought brought browbeaten chevies chid chidden
chivvies chose dwelt eaten forbad forbade foreknew foreknown foresaw foreseen forewent forgave forgiven forgone forgot
forsaken forsook forswore forsworn forwent girt gnawn grew interwove learnt outdid outdone outdrawn outdrew outfought
outgrew outgrown outran overcame overheard overtaken overtook partaken partook rebuilt repaid riven slunk smit smote
strewn striven strove swore thriven throve transfixt undergone underlain undertaken undertook underwent underwritten
underwrote undid unwound upheld waylaid wept withdrew withheld withstood wrote
`;

/** Third-person forms of verbs whose nouns are all but never plural: "system size *goes* to", "our construction *lets* users". */
const S_FORMS = `goes lets says`;

let verbs: Set<string> | undefined;

function lexicon(): Set<string> {
	verbs ??= new Set([...VERB_ONLY.split(/\s+/), ...IRREGULAR.split(/\s+/), ...S_FORMS.split(/\s+/)].filter((w) => w !== ""));
	return verbs;
}

/** Candidate base forms of an -s word: `agrees` → agree, `approaches` → approach, `applies` → apply. */
function sBases(word: string): string[] {
	const out = [word.slice(0, -1)];
	if (word.endsWith("es")) out.push(word.slice(0, -2));
	if (word.endsWith("ies")) out.push(`${word.slice(0, -3)}y`);
	return out;
}

/**
 * Whether a lower-case word is a base, -s or irregular past form of a verb that is never a noun
 * or adjective (`understand`, `agrees`, `arose`); -ed and -ing forms are not (`generalized linear
 * model`, `learning`): the tagger decides those by position.
 */
export function isVerbOnlyForm(word: string): boolean {
	if (word.length < 3 || !/^[a-z]+$/.test(word)) return false;
	const set = lexicon();
	if (set.has(word)) return true;
	return word.endsWith("s") && !word.endsWith("ss") && sBases(word).some((b) => set.has(b));
}
