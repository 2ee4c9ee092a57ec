"""ISO 3166-1 alpha-2 country codes (with names) and ISO 639-1 language codes, for validation."""

# Officially assigned codes only (no user-assigned or exceptionally reserved ones such as XK, UK),
# with the short English name a sentence uses ("needs someone on site in Germany").
_COUNTRY_TABLE = """
    AD Andorra | AE United Arab Emirates | AF Afghanistan | AG Antigua and Barbuda | AI Anguilla
    | AL Albania | AM Armenia | AO Angola | AQ Antarctica | AR Argentina | AS American Samoa |
    AT Austria | AU Australia | AW Aruba | AX Åland Islands | AZ Azerbaijan | BA Bosnia and
    Herzegovina | BB Barbados | BD Bangladesh | BE Belgium | BF Burkina Faso | BG Bulgaria | BH
    Bahrain | BI Burundi | BJ Benin | BL Saint Barthélemy | BM Bermuda | BN Brunei | BO Bolivia
    | BQ Bonaire, Sint Eustatius and Saba | BR Brazil | BS Bahamas | BT Bhutan | BV Bouvet
    Island | BW Botswana | BY Belarus | BZ Belize | CA Canada | CC Cocos (Keeling) Islands | CD
    Democratic Republic of the Congo | CF Central African Republic | CG Republic of the Congo |
    CH Switzerland | CI Côte d'Ivoire | CK Cook Islands | CL Chile | CM Cameroon | CN China | CO
    Colombia | CR Costa Rica | CU Cuba | CV Cabo Verde | CW Curaçao | CX Christmas Island | CY
    Cyprus | CZ Czechia | DE Germany | DJ Djibouti | DK Denmark | DM Dominica | DO Dominican
    Republic | DZ Algeria | EC Ecuador | EE Estonia | EG Egypt | EH Western Sahara | ER Eritrea
    | ES Spain | ET Ethiopia | FI Finland | FJ Fiji | FK Falkland Islands | FM Micronesia | FO
    Faroe Islands | FR France | GA Gabon | GB United Kingdom | GD Grenada | GE Georgia | GF
    French Guiana | GG Guernsey | GH Ghana | GI Gibraltar | GL Greenland | GM Gambia | GN Guinea
    | GP Guadeloupe | GQ Equatorial Guinea | GR Greece | GS South Georgia and the South Sandwich
    Islands | GT Guatemala | GU Guam | GW Guinea-Bissau | GY Guyana | HK Hong Kong | HM Heard
    Island and McDonald Islands | HN Honduras | HR Croatia | HT Haiti | HU Hungary | ID
    Indonesia | IE Ireland | IL Israel | IM Isle of Man | IN India | IO British Indian Ocean
    Territory | IQ Iraq | IR Iran | IS Iceland | IT Italy | JE Jersey | JM Jamaica | JO Jordan |
    JP Japan | KE Kenya | KG Kyrgyzstan | KH Cambodia | KI Kiribati | KM Comoros | KN Saint
    Kitts and Nevis | KP North Korea | KR South Korea | KW Kuwait | KY Cayman Islands | KZ
    Kazakhstan | LA Laos | LB Lebanon | LC Saint Lucia | LI Liechtenstein | LK Sri Lanka | LR
    Liberia | LS Lesotho | LT Lithuania | LU Luxembourg | LV Latvia | LY Libya | MA Morocco | MC
    Monaco | MD Moldova | ME Montenegro | MF Saint Martin | MG Madagascar | MH Marshall Islands
    | MK North Macedonia | ML Mali | MM Myanmar | MN Mongolia | MO Macao | MP Northern Mariana
    Islands | MQ Martinique | MR Mauritania | MS Montserrat | MT Malta | MU Mauritius | MV
    Maldives | MW Malawi | MX Mexico | MY Malaysia | MZ Mozambique | NA Namibia | NC New
    Caledonia | NE Niger | NF Norfolk Island | NG Nigeria | NI Nicaragua | NL Netherlands | NO
    Norway | NP Nepal | NR Nauru | NU Niue | NZ New Zealand | OM Oman | PA Panama | PE Peru | PF
    French Polynesia | PG Papua New Guinea | PH Philippines | PK Pakistan | PL Poland | PM Saint
    Pierre and Miquelon | PN Pitcairn Islands | PR Puerto Rico | PS Palestine | PT Portugal | PW
    Palau | PY Paraguay | QA Qatar | RE Réunion | RO Romania | RS Serbia | RU Russia | RW Rwanda
    | SA Saudi Arabia | SB Solomon Islands | SC Seychelles | SD Sudan | SE Sweden | SG Singapore
    | SH Saint Helena, Ascension and Tristan da Cunha | SI Slovenia | SJ Svalbard and Jan Mayen
    | SK Slovakia | SL Sierra Leone | SM San Marino | SN Senegal | SO Somalia | SR Suriname | SS
    South Sudan | ST São Tomé and Príncipe | SV El Salvador | SX Sint Maarten | SY Syria | SZ
    Eswatini | TC Turks and Caicos Islands | TD Chad | TF French Southern Territories | TG Togo
    | TH Thailand | TJ Tajikistan | TK Tokelau | TL Timor-Leste | TM Turkmenistan | TN Tunisia |
    TO Tonga | TR Türkiye | TT Trinidad and Tobago | TV Tuvalu | TW Taiwan | TZ Tanzania | UA
    Ukraine | UG Uganda | UM United States Minor Outlying Islands | US United States | UY
    Uruguay | UZ Uzbekistan | VA Vatican City | VC Saint Vincent and the Grenadines | VE
    Venezuela | VG British Virgin Islands | VI U.S. Virgin Islands | VN Vietnam | VU Vanuatu |
    WF Wallis and Futuna | WS Samoa | YE Yemen | YT Mayotte | ZA South Africa | ZM Zambia | ZW
    Zimbabwe
"""
COUNTRY_NAMES = dict(
    entry.strip().split(" ", 1) for entry in " ".join(_COUNTRY_TABLE.split()).split("|")
)
COUNTRIES = frozenset(COUNTRY_NAMES)
# Names read with "the" in a sentence: "in the United States", "in the Netherlands".
_WITH_THE = frozenset(
    "AE BS CC CD CF CG DO FK FO GB GM IO KM KY MH MV NL PH SB SC TC TF UM US VG VI".split()
)

LANGUAGES = frozenset(
    """
    aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy
    da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht
    hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky
    la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny
    oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss
    st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo
    za zh zu
    """.split()
)


def country_in_prose(code: str) -> str:
    """A country as it reads after "in": "the United States", "Germany"."""
    name = COUNTRY_NAMES[code]
    return f"the {name}" if code in _WITH_THE else name
