#!/usr/bin/env python3
"""Writes the DOK family's definitions (XMI) and their texts (properties, Swedish and English).

The forms share most of their life areas, so they are written from one table here instead of by hand. Run it only to
write a NEW version (docs/adding-an-instrument.md §4: a shipped version is never changed in place once units have
data): bump VERSION, run `python3 tools/generate_definitions.py`, add the new files to DokContribution and keep the
old ones. Labels are ISU Workbench's own short paraphrases, never IKM's question texts (docs/instruments/dok.md).

Occasion letters: I = inskrivning, A = avstämning, U = utskrivning, F = uppföljning.
"""
import os
from xml.sax.saxutils import quoteattr

VERSION = "2026.1"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "definitions")

LICENCE = ("Etiketterna är ISU Workbench egna korta omskrivningar, inte IKM:s (Linnéuniversitetet) frågetexter; "
           "en enhet med licens importerar originalformuleringarna som textpaket (nycklar = item-id och section.<id>).",
           "Labels are ISU Workbench's own short paraphrases, not IKM's (Linnaeus University) question texts; a licensed "
           "unit imports the original wording as a text pack (keys = item ids and section.<id>).")

# ---------------------------------------------------------------------------------------------------------------
# Choice sets: id -> [(code, sv, en)]
CHOICES = {
    "kon": [("1", "Kvinna", "Female"), ("2", "Man", "Male"), ("3", "Annat", "Other")],
    "intervjuform": [("1", "Personligt möte", "In person"), ("2", "Telefon", "Telephone"), ("3", "Videosamtal", "Video call")],
    "fodelseland": [("1", "Sverige", "Sweden"), ("2", "Annat nordiskt land", "Other Nordic country"),
                    ("3", "Annat land i Europa", "Other European country"), ("4", "Land utanför Europa", "Country outside Europe")],
    "foraldrar": [("1", "Båda födda i Sverige", "Both born in Sweden"), ("2", "En född i Sverige", "One born in Sweden"),
                  ("3", "Ingen född i Sverige", "Neither born in Sweden")],
    "civil": [("1", "Ensamstående", "Single"), ("2", "Gift eller sambo", "Married or cohabiting"),
              ("3", "Särbo", "Partner living apart"), ("4", "Annat", "Other")],
    "initiativ": [("1", "Eget initiativ", "Own initiative"), ("2", "Socialtjänsten", "Social services"),
                  ("3", "Hälso- och sjukvården", "Health care"), ("4", "Kriminalvård eller polis", "Probation or police"),
                  ("5", "Anhörig", "Family member"), ("6", "Arbetsgivare", "Employer"), ("7", "Annat", "Other")],
    "boendetyp": [("1", "Egen bostad (hyra eller ägt)", "Own home (rented or owned)"),
                  ("2", "Andrahandskontrakt eller inneboende", "Sublet or lodger"),
                  ("3", "Hos familj eller släkt", "With family or relatives"),
                  ("4", "Hos vänner, tillfälligt", "With friends, temporarily"),
                  ("5", "Boende med stöd eller träningslägenhet", "Supported housing or training flat"),
                  ("6", "Institution (behandlingshem, anstalt, sjukhus)", "Institution (treatment home, prison, hospital)"),
                  ("7", "Härbärge eller akutboende", "Shelter or emergency housing"),
                  ("8", "Utan bostad (sover ute)", "Roofless (sleeping rough)"), ("9", "Annat", "Other")],
    "kontrakt": [("1", "Förstahandskontrakt eller ägd bostad", "First-hand lease or owned"),
                 ("2", "Andrahandskontrakt", "Sublet"), ("3", "Socialt kontrakt eller försökslägenhet", "Social lease or trial flat"),
                 ("4", "Inget eget kontrakt", "No lease of one's own")],
    "utbildning": [("1", "Ej fullständig grundskola", "Compulsory school not completed"),
                   ("2", "Grundskola", "Compulsory school"), ("3", "Gymnasium", "Upper secondary"),
                   ("4", "Eftergymnasial utbildning", "Post-secondary education")],
    "forsorjning": [("1", "Lön", "Wages"), ("2", "Studiemedel", "Study allowance"),
                    ("3", "A-kassa eller aktivitetsstöd", "Unemployment benefit or activity support"),
                    ("4", "Sjukpenning eller sjuk-/aktivitetsersättning", "Sickness or disability benefit"),
                    ("5", "Pension", "Pension"), ("6", "Ekonomiskt bistånd", "Social assistance"),
                    ("7", "Partner eller familj", "Partner or family"), ("8", "Olagliga inkomster", "Illegal income"),
                    ("9", "Annat", "Other")],
    "sysselsattning": [("1", "Arbete heltid", "Full-time work"), ("2", "Arbete deltid", "Part-time work"),
                       ("3", "Studier", "Studies"), ("4", "Arbetsmarknadsåtgärd eller praktik", "Labour-market programme or placement"),
                       ("5", "Arbetslös", "Unemployed"), ("6", "Sjukskriven eller sjukersättning", "On sick leave or disability benefit"),
                       ("7", "Pensionär", "Retired"), ("8", "Annat", "Other")],
    # shared convention (issue 14): substance codes 1-8 and route codes 1-5 are the same in every DOK family form
    "substans": [("1", "Alkohol", "Alcohol"), ("2", "Cannabis", "Cannabis"),
                 ("3", "Amfetamin eller andra centralstimulantia", "Amphetamine or other stimulants"),
                 ("4", "Kokain", "Cocaine"), ("5", "Opioider", "Opioids"),
                 ("6", "Bensodiazepiner eller andra lugnande", "Benzodiazepines or other sedatives"),
                 ("7", "Spice eller andra nya psykoaktiva substanser", "Spice or other new psychoactive substances"),
                 ("8", "Annat", "Other")],
    "intag": [("1", "Röka eller inhalera", "Smoke or inhale"), ("2", "Äta eller dricka", "Eat or drink"),
              ("3", "Sniffa", "Snort"), ("4", "Injicera", "Inject"), ("5", "Annat", "Other")],
    "halsa": [("1", "Mycket dålig", "Very poor"), ("2", "Ganska dålig", "Fairly poor"), ("3", "Varken bra eller dålig", "Neither good nor poor"),
              ("4", "Ganska bra", "Fairly good"), ("5", "Mycket bra", "Very good")],
    "forandring": [("1", "Mycket sämre", "Much worse"), ("2", "Något sämre", "Somewhat worse"), ("3", "Oförändrat", "Unchanged"),
                   ("4", "Något bättre", "Somewhat better"), ("5", "Mycket bättre", "Much better")],
    "nojdhet": [("1", "Mycket missnöjd", "Very dissatisfied"), ("2", "Ganska missnöjd", "Fairly dissatisfied"),
                ("3", "Varken nöjd eller missnöjd", "Neither"), ("4", "Ganska nöjd", "Fairly satisfied"), ("5", "Mycket nöjd", "Very satisfied")],
    "avslutsorsak": [("1", "Planerat avslut", "Planned ending"), ("2", "Klienten avbröt", "Ended by the client"),
                     ("3", "Verksamheten avbröt", "Ended by the service"), ("4", "Flytt eller överflyttning", "Moved or transferred"),
                     ("5", "Annat", "Other")],
    "tillforlitlighet": [("1", "Tillförlitliga", "Reliable"), ("2", "Delvis tillförlitliga", "Partly reliable"),
                         ("3", "Inte tillförlitliga", "Not reliable")],
    "kontaktkvalitet": [("1", "God", "Good"), ("2", "Varken god eller dålig", "Neither good nor poor"), ("3", "Dålig", "Poor")],
    "speltyp": [("1", "Kasinospel på nätet", "Online casino"), ("2", "Sport- eller oddsspel", "Sports or odds betting"),
                ("3", "Poker", "Poker"), ("4", "Spelautomater", "Gaming machines"), ("5", "Trav och galopp", "Horse racing"),
                ("6", "Lotter eller nummerspel", "Lotteries or number games"), ("7", "Annat", "Other")],
}

# ---------------------------------------------------------------------------------------------------------------
# Items: (id, type, sv, en, occasions, extra attributes dict)
def item(id, type, sv, en, occ="IAUF", **extra):
    return dict(id=id, type=type, sv=sv, en=en, occ=occ, extra=extra)

CLIENT_ONLY = "adm_klientdeltar = 1"  # at discharge and follow-up the staff may answer without the client (seed 000)


def change_items(area, later_only_client=True):
    """IKM's change questions closing a life area, per the shared convention of issue 14."""
    return [
        item(area + "_oro30", "YES_NO", "Har varit orolig för detta, senaste 30 dagarna", "Worried about this, last 30 days",
             required="true", timeFrame="30d", clientOnly=True),
        item(area + "_vill", "YES_NO", "Vill förändra något här", "Wishes to change something here", required="true", clientOnly=True),
        item(area + "_sjalv", "YES_NO", "Tror sig kunna förändra det själv", "Believes they can change it themselves", clientOnly=True),
        item(area + "_hjalp", "YES_NO", "Behöver hjälp för att förändra det", "Needs help to change it", required="true", clientOnly=True),
        item(area + "_forandring", "SCALE", "Klientens skattning: så har det förändrats sedan inskrivningen",
             "Client's rating: change since intake", occ="AUF", choiceSet="forandring", clientOnly=True),
    ]


def substance_group(occ="IAUF"):
    return [
        item("substans", "SINGLE_CHOICE", "Substans", "Substance", occ, choiceSet="substans", group="substanser", required="true"),
        item("dagar30", "DAY_COUNT", "Dagar använt, senaste 30", "Days used, last 30", occ, group="substanser", required="true", timeFrame="30d"),
        item("debutalder", "AGE", "Ålder vid första användning", "Age at first use", occ, group="substanser", min="5", max="90"),
        item("intag", "SINGLE_CHOICE", "Vanligaste intagssätt", "Usual route", occ, choiceSet="intag", group="substanser"),
        item("primar", "YES_NO", "Primär substans (det största problemet)", "Primary substance (the main problem)", occ, group="substanser"),
    ]

SUBSTANCE_GROUP = dict(id="substanser", kind="REPEATING", sv="Substanser", en="Substances", rowSv="substans", rowEn="substance",
                       minRows="0", maxRows="8")

# Sections: (id, sv, en, occasions, items, groups, is_life_area)
def section(id, sv, en, items, occ="IAUF", groups=(), area=False):
    return dict(id=id, sv=sv, en=en, items=items, occ=occ, groups=list(groups), area=area)


ADM = section("adm", "Administrativa uppgifter", "Administrative data", [
    item("adm_datum", "DATE", "Datum för intervjun", "Date of the interview", required="true"),
    item("adm_intervjuform", "SINGLE_CHOICE", "Hur intervjun gjordes", "How the interview was held", choiceSet="intervjuform", required="true"),
    item("adm_tolk", "YES_NO", "Tolk användes", "An interpreter was used"),
    item("adm_klientdeltar", "YES_NO", "Klienten deltar i intervjun (annars besvarar personalen bara faktafrågorna)",
         "The client takes part (otherwise staff answer the factual items only)", occ="UF", required="true"),
])

BAKGRUND = section("bakgrund", "Sociodemografisk information", "Sociodemographic information", [
    item("bakgrund_kon", "SINGLE_CHOICE", "Kön", "Sex", choiceSet="kon", required="true"),
    item("bakgrund_alder", "AGE", "Ålder", "Age", required="true", min="12", max="110"),
    item("bakgrund_fodelseland", "SINGLE_CHOICE", "Födelseland", "Country of birth", choiceSet="fodelseland"),
    item("bakgrund_foraldrar", "SINGLE_CHOICE", "Föräldrarnas födelseland", "Parents' country of birth", choiceSet="foraldrar"),
    item("bakgrund_civil", "SINGLE_CHOICE", "Civilstånd", "Marital status", choiceSet="civil"),
    item("bakgrund_barn", "INTEGER", "Antal egna barn under 18 år", "Number of own children under 18", min="0", max="20"),
    item("bakgrund_barnbor", "INTEGER", "Varav bor hos klienten", "Of whom living with the client", min="0", max="20",
         visibleWhen="bakgrund_barn > 0"),
], occ="I")

KONTAKT = section("kontakt", "Behandlingskontakt", "Treatment contact", [
    item("kontakt_initiativ", "SINGLE_CHOICE", "Vem tog initiativ till kontakten", "Who initiated the contact", occ="I", choiceSet="initiativ", required="true"),
    item("kontakt_villkor", "YES_NO", "Kontakten är ett villkor (tvångsvård, dom, kontraktsvård)", "The contact is a condition (compulsory care, sentence, contract care)", occ="I"),
    item("kontakt_tidigare", "YES_NO", "Har haft kontakt med verksamheten tidigare", "Has been in contact with the service before", occ="I"),
    item("kontakt_besok", "INTEGER", "Antal besök sedan inskrivningen", "Number of visits since intake", occ="AU", min="0", max="500"),
    item("kontakt_avslutsorsak", "SINGLE_CHOICE", "Hur kontakten avslutades", "How the contact ended", occ="U", choiceSet="avslutsorsak", required="true"),
    item("kontakt_fortsatt", "YES_NO", "Har haft annan behandling eller annat stöd sedan avslutet", "Has had other treatment or support since discharge", occ="F"),
], occ="IAUF")

BOENDE = section("boende", "Boende och levnadsform", "Housing and living arrangements", [
    item("boende_typ", "SINGLE_CHOICE", "Var klienten bor nu", "Where the client lives now", choiceSet="boendetyp", required="true", timeFrame="30d"),
    item("boende_bostadslos", "YES_NO", "Har varit bostadslös, senaste 6 månaderna", "Has been homeless, last 6 months", occ="I", timeFrame="6m"),
    item("boende_bostadslos30", "YES_NO", "Har varit bostadslös, senaste 30 dagarna", "Has been homeless, last 30 days", required="true", timeFrame="30d"),
    item("boende_vrakt", "YES_NO", "Har någon gång blivit vräkt", "Has ever been evicted", occ="I", timeFrame="lifetime"),
    item("boende_medmissbruk", "YES_NO", "Bor med någon som har alkohol- eller drogproblem", "Lives with someone with alcohol or drug problems"),
] + change_items("boende"), area=True)

FAMILJ = section("familj", "Familj och umgänge", "Family and social relations", [
    item("familj_narstaende", "YES_NO", "Har någon nära att vända sig till", "Has someone close to turn to", required="true"),
    item("familj_konflikt30", "DAY_COUNT", "Dagar med allvarliga konflikter med närstående, senaste 30", "Days of serious conflict with people close, last 30", required="true", timeFrame="30d"),
    item("familj_umgangedroger", "YES_NO", "Umgås mest med personer som dricker mycket eller tar droger", "Mostly spends time with people who drink heavily or use drugs"),
    item("familj_barnkontakt", "YES_NO", "Har regelbunden kontakt med sina barn", "Has regular contact with their children", occ="I", visibleWhen="bakgrund_barn > 0"),
] + change_items("familj"), area=True)

UPPVAXT = section("uppvaxt", "Uppväxtmiljö", "Childhood environment", [
    item("uppvaxt_missbruk", "YES_NO", "En förälder hade alkohol- eller drogproblem under uppväxten", "A parent had alcohol or drug problems during childhood", timeFrame="lifetime"),
    item("uppvaxt_psykisk", "YES_NO", "En förälder hade allvarlig psykisk ohälsa under uppväxten", "A parent had serious mental illness during childhood", timeFrame="lifetime"),
    item("uppvaxt_placerad", "YES_NO", "Var placerad utanför hemmet som barn", "Was placed outside the home as a child", timeFrame="lifetime"),
    item("uppvaxt_vald", "YES_NO", "Utsattes för våld under uppväxten", "Was exposed to violence during childhood", timeFrame="lifetime"),
], occ="I", area=True)

FORSORJNING = section("forsorjning", "Utbildning och försörjning", "Education and income", [
    item("forsorjning_utbildning", "SINGLE_CHOICE", "Högsta avslutade utbildning", "Highest completed education", occ="I", choiceSet="utbildning"),
    item("forsorjning_huvudkalla", "SINGLE_CHOICE", "Största inkomstkällan, senaste 30 dagarna", "Main source of income, last 30 days", choiceSet="forsorjning", required="true", timeFrame="30d"),
    item("forsorjning_bistand", "YES_NO", "Har fått ekonomiskt bistånd, senaste 30 dagarna", "Has received social assistance, last 30 days", required="true", timeFrame="30d"),
    item("forsorjning_skulder", "YES_NO", "Har skulder som klienten inte klarar att betala", "Has debts the client cannot pay"),
] + change_items("forsorjning"), area=True)

SYSSELSATTNING = section("sysselsattning", "Sysselsättning och fritid", "Occupation and leisure", [
    item("sysselsattning_typ", "SINGLE_CHOICE", "Huvudsaklig sysselsättning nu", "Main occupation now", choiceSet="sysselsattning", required="true", timeFrame="30d"),
    item("sysselsattning_dagar30", "DAY_COUNT", "Dagar med arbete, studier eller praktik, senaste 30", "Days of work, study or placement, last 30", required="true", timeFrame="30d"),
    item("sysselsattning_fritid", "YES_NO", "Har en fritidssysselsättning utan alkohol eller droger", "Has a leisure activity without alcohol or drugs"),
] + change_items("sysselsattning"), area=True)

DROGER = section("droger", "Drogrelaterad information", "Substance use", [
    item("droger_alkohol30", "DAY_COUNT", "Dagar med alkohol, senaste 30", "Days with alcohol, last 30", required="true", timeFrame="30d"),
    item("droger_berusad30", "DAY_COUNT", "Dagar berusad av alkohol, senaste 30", "Days intoxicated by alcohol, last 30", timeFrame="30d"),
    item("droger_narkotika30", "DAY_COUNT", "Dagar med narkotika eller icke förskrivna läkemedel, senaste 30", "Days with illicit drugs or non-prescribed medicines, last 30", required="true", timeFrame="30d"),
    item("droger_dagar30", "DAY_COUNT", "Dagar med alkohol eller droger överhuvudtaget, senaste 30", "Days with any alcohol or drugs, last 30", required="true", timeFrame="30d"),
    item("droger_injicerat", "YES_NO", "Har någon gång injicerat droger", "Has ever injected drugs", occ="I", timeFrame="lifetime"),
    item("droger_injicerat30", "YES_NO", "Har injicerat, senaste 30 dagarna", "Has injected, last 30 days", timeFrame="30d"),
    item("droger_overdos", "YES_NO", "Har haft en överdos någon gång", "Has ever had an overdose", occ="I", timeFrame="lifetime"),
] + substance_group() + change_items("droger"), groups=[SUBSTANCE_GROUP], area=True)

BEHANDLING = section("behandling", "Behandlingshistoria", "Treatment history", [
    item("behandling_tidigare", "YES_NO", "Har tidigare fått behandling för alkohol eller droger", "Has had treatment for alcohol or drugs before", timeFrame="lifetime"),
    item("behandling_antal", "INTEGER", "Antal tidigare behandlingar", "Number of earlier treatments", min="0", max="99", visibleWhen="behandling_tidigare = 1"),
    item("behandling_avgiftning", "YES_NO", "Har varit inlagd för avgiftning", "Has been admitted for detoxification", timeFrame="lifetime"),
    item("behandling_lvm", "YES_NO", "Har vårdats enligt LVM", "Has been in compulsory care (LVM)", timeFrame="lifetime"),
], occ="I", area=True)

FYSISK = section("fysisk", "Fysisk hälsa", "Physical health", [
    item("fysisk_halsa", "SCALE", "Klientens skattning av sin fysiska hälsa", "Client's rating of their physical health", choiceSet="halsa", required="true"),
    item("fysisk_kronisk", "YES_NO", "Har en långvarig sjukdom eller funktionsnedsättning", "Has a long-term illness or disability"),
    item("fysisk_lakemedel", "YES_NO", "Tar förskrivna läkemedel för en fysisk sjukdom", "Takes prescribed medicine for a physical illness"),
] + change_items("fysisk"), area=True)

PSYKISK = section("psykisk", "Psykisk hälsa", "Mental health", [
    item("psykisk_dagar30", "DAY_COUNT", "Dagar med psykiska besvär, senaste 30", "Days with mental health problems, last 30", required="true", timeFrame="30d"),
    item("psykisk_angest30", "YES_NO", "Allvarlig ångest eller oro, senaste 30 dagarna", "Serious anxiety, last 30 days", timeFrame="30d"),
    item("psykisk_nedstamd30", "YES_NO", "Allvarlig nedstämdhet, senaste 30 dagarna", "Serious depression, last 30 days", timeFrame="30d"),
    item("psykisk_suicidtankar30", "YES_NO", "Allvarliga tankar på att ta sitt liv, senaste 30 dagarna", "Serious suicidal thoughts, last 30 days", timeFrame="30d", critical="true"),
    item("psykisk_suicidforsok", "YES_NO", "Har någon gång försökt ta sitt liv", "Has ever attempted suicide", occ="I", timeFrame="lifetime"),
    item("psykisk_psykiatri", "YES_NO", "Har vårdats inom psykiatrin", "Has been treated in psychiatric care", occ="I", timeFrame="lifetime"),
    item("psykisk_diagnos", "YES_NO", "Har en psykiatrisk eller neuropsykiatrisk diagnos", "Has a psychiatric or neurodevelopmental diagnosis", occ="I"),
] + change_items("psykisk"), area=True)

KRIMINALITET = section("kriminalitet", "Kriminalitet", "Crime", [
    item("kriminalitet_brott30", "YES_NO", "Har begått brott, senaste 30 dagarna", "Has committed crime, last 30 days", required="true", timeFrame="30d"),
    item("kriminalitet_domd", "YES_NO", "Har någon gång dömts för brott", "Has ever been convicted", occ="I", timeFrame="lifetime"),
    item("kriminalitet_vantar", "YES_NO", "Väntar på rättegång eller dom", "Awaiting trial or sentence"),
    item("kriminalitet_frihet30", "DAY_COUNT", "Dagar frihetsberövad (häkte, anstalt), senaste 30", "Days in custody or prison, last 30", timeFrame="30d"),
] + change_items("kriminalitet"), area=True)

MYNDIGHET = section("myndighet", "Myndighets- och vårdkontakter", "Contacts with authorities and care", [
    item("myndighet_soc", "YES_NO", "Har kontakt med socialtjänsten i något annat ärende", "In contact with social services about another matter"),
    item("myndighet_akut30", "INTEGER", "Besök på akutmottagning, senaste 30 dagarna", "Emergency department visits, last 30 days", min="0", max="30", timeFrame="30d"),
    item("myndighet_inlagd30", "DAY_COUNT", "Dagar inlagd på sjukhus, senaste 30", "Days admitted to hospital, last 30", timeFrame="30d"),
] + change_items("myndighet"), area=True)

OPPNA = section("oppna", "Öppna frågor om missbruket och förväntningar", "Open questions on substance use and expectations", [
    item("oppna_missbruk", "TEXT", "Klientens egen beskrivning av sitt bruk", "The client's own description of their use", occ="I"),
    item("oppna_forvantningar", "TEXT", "Vad klienten hoppas få ut av kontakten", "What the client hopes to get from the contact", occ="I"),
    item("oppna_upplevelse", "TEXT", "Hur klienten upplevde insatsen", "How the client experienced the intervention", occ="UF", clientOnly=True),
    item("oppna_nojd", "SCALE", "Hur nöjd klienten är med insatsen", "How satisfied the client is with the intervention", occ="UF", choiceSet="nojdhet", clientOnly=True),
], area=True)

def closing(area_codes):
    return section("avslut", "Avslutande bedömning", "Closing assessment", [
        item("viktigast", "SINGLE_CHOICE", "Det klienten helst vill förändra", "What the client most wants to change", choiceSet="omrade", clientOnly=True),
        item("avslut_tillforlitlighet", "SINGLE_CHOICE", "Intervjuarens bedömning: svarens tillförlitlighet", "Interviewer: reliability of the answers", choiceSet="tillforlitlighet", required="true"),
        item("avslut_kontakt", "SINGLE_CHOICE", "Intervjuarens bedömning: kontakten under intervjun", "Interviewer: the contact during the interview", choiceSet="kontaktkvalitet"),
        item("avslut_kommentar", "TEXT", "Intervjuarens kommentar", "Interviewer's comment"),
    ])

def nods_clip(occ, when_sv, when_en, time_frame):
    """NODS-CLiP (Toce-Gerstein, Gerstein and Volberg 2009) in our own wording: lifetime at intake, since the last
    interview later (our adaptation, docs/instruments/dok.md), under the same ids so the change pairs them."""
    return [
        item("spel_nods_kontroll", "YES_NO", f"NODS-CLiP K: har försökt sluta, minska eller styra sitt spelande ({when_sv})",
             f"NODS-CLiP C: has tried to stop, cut down or control gambling ({when_en})", occ, required="true", timeFrame=time_frame),
        item("spel_nods_ljugit", "YES_NO", f"NODS-CLiP Li: har ljugit för andra om sitt spelande eller sina förluster ({when_sv})",
             f"NODS-CLiP Li: has lied to others about gambling or losses ({when_en})", occ, required="true", timeFrame=time_frame),
        item("spel_nods_upptagen", "YES_NO", f"NODS-CLiP P: har i minst två veckor mest tänkt på eller planerat spel ({when_sv})",
             f"NODS-CLiP P: spent two weeks or more mostly thinking about or planning gambling ({when_en})", occ, required="true", timeFrame=time_frame),
    ]


# SpelDOK's gambling section: our own items and the public NODS-CLiP screen in our own wording (attribution in the doc)
SPEL = section("spel", "Spel om pengar", "Gambling", [
    item("spel_dagar30", "DAY_COUNT", "Dagar med spel om pengar, senaste 30", "Days gambling for money, last 30", required="true", timeFrame="30d"),
    item("spel_typer", "MULTI_CHOICE", "Spelformer klienten använt, senaste 30 dagarna", "Forms of gambling used, last 30 days", choiceSet="speltyp", timeFrame="30d"),
    item("spel_huvudtyp", "SINGLE_CHOICE", "Den spelform som ger mest problem", "The form of gambling causing most problems", choiceSet="speltyp"),
    item("spel_forlust30", "MONEY", "Nettoförlust på spel, senaste 30 dagarna", "Net gambling loss, last 30 days", timeFrame="30d"),
    item("spel_skulder", "YES_NO", "Har skulder på grund av spel", "Has debts because of gambling", required="true"),
    item("spel_debutalder", "AGE", "Ålder när klienten började spela om pengar", "Age when the client started gambling for money", occ="I", min="5", max="90")
] + nods_clip("I", "någonsin", "ever", "lifetime") + nods_clip("UF", "sedan förra intervjun", "since the last interview", "sinceLast") + change_items("spel"), area=True)

# ---------------------------------------------------------------------------------------------------------------
# boendeDOK 2020, sections A-K (DOMAIN.md §2.3); section ids are area codes, the letter is in the label
B_ADM = section("adm", "A Administrativa uppgifter", "A Administrative data", ADM["items"][:3])
B_BAKGRUND = section("bakgrund", "B Bakgrund", "B Background", BAKGRUND["items"][:6] + [
    item("bakgrund_forsorjning", "SINGLE_CHOICE", "Största inkomstkällan, senaste 30 dagarna", "Main source of income, last 30 days", choiceSet="forsorjning"),
], occ="I")
B_BOENDE = section("boende", "C Boende", "C Housing", [
    item("boende_typ", "SINGLE_CHOICE", "Var klienten bor nu", "Where the client lives now", choiceSet="boendetyp", required="true", timeFrame="30d"),
    item("boende_kontrakt", "SINGLE_CHOICE", "Kontraktsform", "Type of lease", choiceSet="kontrakt", required="true"),
    item("boende_bostadslos30", "YES_NO", "Har varit bostadslös, senaste 30 dagarna", "Has been homeless, last 30 days", required="true", timeFrame="30d"),
    item("boende_hyresskuld", "YES_NO", "Har hyresskulder", "Has rent arrears", required="true"),
    item("boende_storning30", "YES_NO", "Klagomål om störningar i boendet, senaste 30 dagarna", "Complaints of disturbance at home, last 30 days", timeFrame="30d"),
    item("boende_vrakningsrisk", "YES_NO", "Risk att förlora bostaden", "At risk of losing the home", required="true"),
    item("boende_vrakt", "YES_NO", "Har någon gång blivit vräkt", "Has ever been evicted", occ="I", timeFrame="lifetime"),
] + change_items("boende"), area=True)
B_RELATIONER = section("relationer", "D Relationer", "D Relationships", [
    item("relationer_narstaende", "YES_NO", "Har någon nära att vända sig till", "Has someone close to turn to", required="true"),
    item("relationer_konflikt30", "DAY_COUNT", "Dagar med allvarliga konflikter med närstående, senaste 30", "Days of serious conflict with people close, last 30", required="true", timeFrame="30d"),
    item("relationer_ensam", "YES_NO", "Känner sig ofta ensam", "Often feels lonely"),
] + change_items("relationer"), area=True)
B_MYNDIGHET = section("myndighet", "E Myndighets- och vårdkontakter", "E Contacts with authorities and care", MYNDIGHET["items"], area=True)
B_DROGER = section("droger", "F Alkohol och andra droger", "F Alcohol and other drugs",
                   [i for i in DROGER["items"] if i["id"] not in ("droger_berusad30",)], groups=[SUBSTANCE_GROUP], area=True)
B_BEHANDLING = section("behandling", "G Behandlingshistoria", "G Treatment history", BEHANDLING["items"], occ="I", area=True)
B_FYSISK = section("fysisk", "H Fysisk hälsa", "H Physical health", FYSISK["items"], area=True)
B_PSYKISK = section("psykisk", "I Psykisk hälsa", "I Mental health",
                    [i for i in PSYKISK["items"] if i["id"] not in ("psykisk_diagnos",)], area=True)
B_VALD = section("vald", "J Våld och utsatthet", "J Violence and victimisation", [
    item("vald_utsatt30", "YES_NO", "Har utsatts för våld, senaste 30 dagarna", "Has been exposed to violence, last 30 days", required="true", timeFrame="30d", critical="true"),
    item("vald_hotad30", "YES_NO", "Har blivit hotad, senaste 30 dagarna", "Has been threatened, last 30 days", timeFrame="30d"),
    item("vald_utovat30", "YES_NO", "Har utövat våld, senaste 30 dagarna", "Has used violence, last 30 days", timeFrame="30d"),
    item("vald_utnyttjad", "YES_NO", "Har blivit utnyttjad ekonomiskt eller sexuellt, senaste 6 månaderna", "Has been exploited financially or sexually, last 6 months", timeFrame="6m"),
] + change_items("vald"), area=True)


def b_closing(codes):
    c = closing(codes)
    return section("avslut", "K Avslutande frågor", "K Closing questions", c["items"])

# ---------------------------------------------------------------------------------------------------------------
FORMS = {
    "I": ("inskrivning", "Inskrivning", "Intake", "INTAKE"),
    "A": ("avstamning", "Avstämning", "Review", "INTERIM"),
    "U": ("utskrivning", "Utskrivning", "Discharge", "DISCHARGE"),
    "F": ("uppfoljning", "Uppföljning", "Follow-up", "FOLLOW_UP"),
}

DOK_SECTIONS = [ADM, BAKGRUND, KONTAKT, BOENDE, FAMILJ, UPPVAXT, FORSORJNING, SYSSELSATTNING, DROGER, BEHANDLING,
                FYSISK, PSYKISK, KRIMINALITET, MYNDIGHET, OPPNA]
SPELDOK_SECTIONS = DOK_SECTIONS[:9] + [SPEL] + DOK_SECTIONS[9:]
BOENDEDOK_SECTIONS = [B_ADM, B_BAKGRUND, B_BOENDE, B_RELATIONER, B_MYNDIGHET, B_DROGER, B_BEHANDLING, B_FYSISK,
                      B_PSYKISK, B_VALD]

# schedule per family and occasion: [(anchor, months, days, tolerance)]
SCHEDULES = {
    ("dok", "I"): [("ACTUALISATION", 0, 0, 30)],
    ("dok", "A"): [("INTERVENTION_START", 3, 0, 21)],
    ("dok", "U"): [("CLOSURE", 0, 0, 14)],
    ("dok", "F"): [("CLOSURE", 6, 0, 30)],
    ("speldok", "I"): [("ACTUALISATION", 0, 0, 30)],
    ("speldok", "U"): [("CLOSURE", 0, 0, 14)],
    ("speldok", "F"): [("CLOSURE", 3, 0, 30), ("CLOSURE", 6, 0, 30)],
    ("boendedok", "I"): [("ACTUALISATION", 0, 0, 30)],
    ("boendedok", "A"): [("INTERVENTION_START", 6, 0, 30)],
    ("boendedok", "U"): [("CLOSURE", 0, 0, 14)],
}

FAMILIES = {
    "dok": ("DOK", "IAUF", DOK_SECTIONS, closing,
            "DOK – dokumentationssystem inom missbruksvården (IKM): {sv}. Tolv livsområden, administrativa uppgifter, "
            "sociodemografi och behandlingskontakt; per livsområde nuläget och IKM:s förändringsfrågor.",
            "DOK (IKM's documentation system for substance-use care): {en}. Twelve life areas, administrative data, "
            "sociodemographics and treatment contact; per life area the present situation and IKM's change questions."),
    "speldok": ("SpelDOK", "IUF", SPELDOK_SECTIONS, closing,
                "SpelDOK (IKM): {sv}. DOK:s livsområden och ett avsnitt om spel om pengar med screeningen NODS-CLiP "
                "(Toce-Gerstein, Gerstein och Volberg 2009) i egen formulering.",
                "SpelDOK (IKM): {en}. DOK's life areas plus a gambling section with the NODS-CLiP screen "
                "(Toce-Gerstein, Gerstein and Volberg 2009) in our own wording."),
    "boendedok": ("boendeDOK 2020", "IAU", BOENDEDOK_SECTIONS, b_closing,
                  "boendeDOK 2020 (IKM): {sv} för boendeinsatser, avsnitt A–K.",
                  "boendeDOK 2020 (IKM): {en} for housing services, sections A–K."),
}


def included(entry, occ):
    return occ in entry["occ"]


def area_codes(sections, occ):
    return [s["id"] for s in sections if s["area"] and included(s, occ)
            and any(i["id"] == s["id"] + "_vill" for i in s["items"])]


def scores(family, sections, occ):
    """Declared scores, same ids on every occasion so change pairs them (§3.4)."""
    codes = area_codes(sections, occ)
    out = []
    out.append(dict(id=family + ".oro", sv="Antal livsområden med oro, senaste 30 dagarna",
                    en="Life areas the client worried about, last 30 days", max=len(codes),
                    comps=[(c + "_oro30", "MATCHES", "1", None) for c in codes]))
    out.append(dict(id=family + ".hjalp", sv="Antal livsområden där klienten behöver hjälp",
                    en="Life areas where the client needs help", max=len(codes),
                    comps=[(c + "_hjalp", "MATCHES", "1", None) for c in codes]))
    out.append(dict(id=family + ".substanser", sv="Antal substanser använda, senaste 30 dagarna",
                    en="Substances used, last 30 days", max=8, comps=[("dagar30", "VALUE", None, "COUNT")]))
    out.append(dict(id=family + ".injektion", sv="Injicerar någon substans (vanligaste intagssätt)",
                    en="Injects a substance (usual route)", max=1, comps=[("intag", "MATCHES", "4", "ANY")]))
    if any(s["id"] == "spel" for s in sections):
        out.append(dict(id="speldok.nodsclip", sv="NODS-CLiP, antal ja (0–3)", en="NODS-CLiP, number of yes (0-3)", max=3,
                        comps=[(i, "YES_NO", None, None) for i in ("spel_nods_kontroll", "spel_nods_ljugit", "spel_nods_upptagen")],
                        bands=[(0, 0, "Negativ screening", "Negative screen"),
                               (1, 3, "Positiv screening: fördjupad bedömning av spelproblem rekommenderas",
                                "Positive screen: a full assessment of gambling problems is recommended")]))
    return out


def write(family, occ):
    name, occs, sections, closer, desc_sv, desc_en = FAMILIES[family]
    slug, occ_sv, occ_en, kind = FORMS[occ]
    instrument = f"{family}.{slug}"
    texts_sv, texts_en = {}, {}

    def key(k, sv, en):
        texts_sv[k] = sv
        texts_en[k] = en
        return "%" + k

    secs = [s for s in sections if included(s, occ) and any(included(i, occ) for i in s["items"])]
    codes = area_codes(sections, occ)
    secs = secs + [closer(codes)]
    labels = {s["id"]: (s["sv"], s["en"]) for s in secs}
    choice_sets = dict(CHOICES)
    choice_sets["omrade"] = [(c, labels[c][0], labels[c][1]) for c in codes]
    client_rule = occ in "UF" and family != "boendedok"

    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<!-- Written by tools/generate_definitions.py; a shipped version is never changed in place (adding-an-instrument.md §4). -->']
    baseline = "" if occ == "I" else f' baselineInstrument="{family}.inskrivning"'
    lines.append(
        '<instr:InstrumentDefinition xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" '
        'xmlns:instr="http://isu.se/model/instrument/1.0"\n'
        f'    id="{instrument}" version="{VERSION}" name="{key("name", f"{name} – {occ_sv}", f"{name} – {occ_en}")}"'
        f' description="{key("description", desc_sv.format(sv=occ_sv.lower()), desc_en.format(en=occ_en.lower()))}"'
        f' licence="{key("licence", *LICENCE)}"{baseline}>')
    lines.append("  <respondents>CLIENT</respondents>")
    lines.append(f"  <occasionKinds>{kind}</occasionKinds>")
    for anchor, months, days, tol in SCHEDULES[(family, occ)]:
        lines.append(f'  <schedule occasionKind="{kind}" anchor="{anchor}" offsetMonths="{months}" offsetDays="{days}" toleranceDays="{tol}"/>')
    lines.append(f'  <missingCodes code="X" label="{key("missing.X", "Ej besvarad (vet inte / vill inte svara)", "Not answered")}"/>')
    lines.append(f'  <missingCodes code="N" label="{key("missing.N", "Ej relevant", "Not applicable")}"/>')
    used_sets = {i["extra"].get("choiceSet") for s in secs for i in s["items"] if included(i, occ)}
    for set_id, choices in choice_sets.items():
        if set_id not in used_sets:
            continue
        lines.append(f'  <choiceSets id="{set_id}">')
        for code, sv, en in choices:
            lines.append(f'    <choices code="{code}" label="{key(f"choice.{set_id}.{code}", sv, en)}"/>')
        lines.append("  </choiceSets>")
    for s in secs:
        lines.append(f'  <sections id="{s["id"]}" label="{key("section." + s["id"], s["sv"], s["en"])}">')
        for i in s["items"]:
            if not included(i, occ):
                continue
            extra = dict(i["extra"])
            client_only = extra.pop("clientOnly", False)
            if client_only and client_rule:
                extra["visibleWhen"] = CLIENT_ONLY
            attrs = "".join(f" {k}={quoteattr(v)}" for k, v in extra.items())
            lines.append(f'    <items id="{i["id"]}" type="{i["type"]}" label="{key(i["id"], i["sv"], i["en"])}"{attrs}/>')
        for g in s["groups"]:
            lines.append(f'    <groups id="{g["id"]}" kind="{g["kind"]}" label="{key("group." + g["id"], g["sv"], g["en"])}"'
                         f' rowLabel="{key("group." + g["id"] + ".row", g["rowSv"], g["rowEn"])}" minRows="{g["minRows"]}" maxRows="{g["maxRows"]}"/>')
        lines.append("  </sections>")
    for sc in scores(family, sections, occ):
        lines.append(f'  <scores id="{sc["id"]}" label="{key("score." + sc["id"], sc["sv"], sc["en"])}" combination="SUM"'
                     f' missingRule="ANY_MISSING" min="0.0" max="{float(sc["max"])}" step="1.0" decimals="0">')
        for item_id, transform, code, over in sc["comps"]:
            attrs = f' code="{code}"' if code else ""
            attrs += f' over="{over}"' if over else ""
            lines.append(f'    <components itemId="{item_id}" transform="{transform}"{attrs}/>')
        for frm, to, sv, en in sc.get("bands", []):
            lines.append(f'    <bands from="{float(frm)}" to="{float(to)}" label="{key("score." + sc["id"] + ".band." + str(frm), sv, en)}"/>')
        lines.append("  </scores>")
    lines.append("</instr:InstrumentDefinition>")

    base = os.path.join(OUT, f"{family}-{slug}")
    with open(base + ".xmi", "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    for suffix, texts, lang in ((".properties", texts_sv, "Swedish"), ("_en.properties", texts_en, "English")):
        with open(base + suffix, "w", encoding="utf-8") as f:
            f.write(f"# {lang} texts of {family}-{slug}.xmi (our own paraphrases). The keys of items (their ids) and of\n"
                    f"# sections (section.<id>) are also the keys of a licensed text pack: ./isu textpack import --instrument {instrument}\n")
            for k, v in texts.items():
                f.write(f"{k}={v}\n")
    return instrument


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    for family, spec in FAMILIES.items():
        for occ in spec[1]:
            print(write(family, occ))
