// Generated from Sources/ReportAnalysis/Data/ by `RECORD_EMBEDDED=1 swift test --filter EmbeddedFilesTests`.
// Do not edit: edit the files in Sources/ReportAnalysis/Data/ and regenerate; a test fails while this is stale.

/// The embedded files, by file name, exactly as they are in Sources/ReportAnalysis/Data/.
let embeddedFiles: [String: String] = [
    "README.md": ##"""
# Analysis data

Word lists and gazetteers the analysis stage reads. They are embedded into the binary as Swift
source (`../EmbeddedFiles.swift`, generated from this folder by
`RECORD_EMBEDDED=1 swift test --filter EmbeddedFilesTests`), so the tool needs no file at run
time; a test fails while the generated file differs from this folder.

Every file was written for reportconv by its developers from general knowledge of English and of
the world (facts such as which countries exist and what their capitals are), not copied from any
list or corpus; each file's header says what it holds and where its facts come from. None lists
names taken from the test articles.

Format: one entry per line; `#` starts a comment; blank lines are ignored. Files with several
fields separate them with a tab or `|` as their header says. Entries are matched without regard to
case unless a header says otherwise.

"""##,
    "abbreviations.txt": ##"""
# Abbreviations written with a final period in English news text. The tokenizer keeps the period
# with the word, and the sentence splitter knows that such a period need not end a sentence.
# Origin: written for reportconv from common English usage (newspaper style guides' lists of
# abbreviations: titles, months, company designators, Latin and measurement abbreviations).
# Titles and honorifics
mr
mrs
ms
messrs
dr
prof
gen
lt
col
maj
capt
cmdr
adm
sgt
cpl
pte
sen
rep
gov
pres
rev
fr
hon
sr
jr
st
# Months (Sept. included; May, June and July are not abbreviated)
jan
feb
mar
apr
jun
jul
aug
sep
sept
oct
nov
dec
# Weekdays
mon
tue
tues
wed
thu
thur
thurs
fri
sat
sun
# Companies and organisations
inc
ltd
co
corp
plc
bros
assn
dept
univ
intl
# Other common abbreviations
no
nos
vs
etc
approx
est
fig
figs
vol
vols
ed
eds
pp
op
cf
al
ave
blvd
rd
mt
ft
ca

"""##,
    "countries.txt": ##"""
# Sovereign states and a few widely recognised territories: name | other names and abbreviations
# (comma-separated) | demonyms and adjectives (comma-separated) | capital city.
# Origin: written for reportconv from general geographic knowledge (the UN member states and
# observer states, their common short names, adjectives and capitals as of 2024).
Afghanistan||Afghan|Kabul
Albania||Albanian|Tirana
Algeria||Algerian|Algiers
Andorra||Andorran|Andorra la Vella
Angola||Angolan|Luanda
Antigua and Barbuda||Antiguan|St John's
Argentina||Argentine,Argentinian|Buenos Aires
Armenia||Armenian|Yerevan
Australia||Australian|Canberra
Austria||Austrian|Vienna
Azerbaijan||Azerbaijani,Azeri|Baku
Bahamas|The Bahamas|Bahamian|Nassau
Bahrain||Bahraini|Manama
Bangladesh||Bangladeshi|Dhaka
Barbados||Barbadian|Bridgetown
Belarus||Belarusian|Minsk
Belgium||Belgian|Brussels
Belize||Belizean|Belmopan
Benin||Beninese|Porto-Novo
Bhutan||Bhutanese|Thimphu
Bolivia||Bolivian|Sucre
Bosnia and Herzegovina|Bosnia|Bosnian|Sarajevo
Botswana||Botswanan|Gaborone
Brazil||Brazilian|Brasilia
Brunei||Bruneian|Bandar Seri Begawan
Bulgaria||Bulgarian|Sofia
Burkina Faso||Burkinabe|Ouagadougou
Burundi||Burundian|Gitega
Cambodia||Cambodian|Phnom Penh
Cameroon||Cameroonian|Yaounde
Canada||Canadian|Ottawa
Cape Verde|Cabo Verde|Cape Verdean|Praia
Central African Republic|CAR|Central African|Bangui
Chad||Chadian|N'Djamena
Chile||Chilean|Santiago
China|People's Republic of China,PRC|Chinese|Beijing
Colombia||Colombian|Bogota
Comoros||Comoran|Moroni
Democratic Republic of Congo|DR Congo,DRC,Democratic Republic of the Congo|Congolese|Kinshasa
Republic of the Congo|Congo-Brazzaville|Congolese|Brazzaville
Costa Rica||Costa Rican|San Jose
Ivory Coast|Cote d'Ivoire|Ivorian|Yamoussoukro
Croatia||Croatian,Croat|Zagreb
Cuba||Cuban|Havana
Cyprus||Cypriot|Nicosia
Czech Republic|Czechia|Czech|Prague
Denmark||Danish,Dane|Copenhagen
Djibouti||Djiboutian|Djibouti
Dominica||Dominican|Roseau
Dominican Republic||Dominican|Santo Domingo
East Timor|Timor-Leste|East Timorese|Dili
Ecuador||Ecuadorian|Quito
Egypt||Egyptian|Cairo
El Salvador||Salvadoran|San Salvador
Equatorial Guinea||Equatoguinean|Malabo
Eritrea||Eritrean|Asmara
Estonia||Estonian|Tallinn
Eswatini|Swaziland|Swazi|Mbabane
Ethiopia||Ethiopian|Addis Ababa
Fiji||Fijian|Suva
Finland||Finnish,Finn|Helsinki
France||French|Paris
Gabon||Gabonese|Libreville
Gambia|The Gambia|Gambian|Banjul
Georgia||Georgian|Tbilisi
Germany||German|Berlin
Ghana||Ghanaian|Accra
Greece||Greek|Athens
Grenada||Grenadian|St George's
Guatemala||Guatemalan|Guatemala City
Guinea||Guinean|Conakry
Guinea-Bissau||Bissau-Guinean|Bissau
Guyana||Guyanese|Georgetown
Haiti||Haitian|Port-au-Prince
Honduras||Honduran|Tegucigalpa
Hungary||Hungarian|Budapest
Iceland||Icelandic,Icelander|Reykjavik
India||Indian|New Delhi
Indonesia||Indonesian|Jakarta
Iran||Iranian|Tehran
Iraq||Iraqi|Baghdad
Ireland|Republic of Ireland,Eire|Irish|Dublin
Israel||Israeli|Jerusalem
Italy||Italian|Rome
Jamaica||Jamaican|Kingston
Japan||Japanese|Tokyo
Jordan||Jordanian|Amman
Kazakhstan||Kazakh|Astana
Kenya||Kenyan|Nairobi
Kiribati||I-Kiribati|Tarawa
North Korea|Democratic People's Republic of Korea,DPRK|North Korean|Pyongyang
South Korea|Republic of Korea|South Korean|Seoul
Kosovo||Kosovan,Kosovar|Pristina
Kuwait||Kuwaiti|Kuwait City
Kyrgyzstan||Kyrgyz|Bishkek
Laos||Lao,Laotian|Vientiane
Latvia||Latvian|Riga
Lebanon||Lebanese|Beirut
Lesotho||Basotho|Maseru
Liberia||Liberian|Monrovia
Libya||Libyan|Tripoli
Liechtenstein||Liechtensteiner|Vaduz
Lithuania||Lithuanian|Vilnius
Luxembourg||Luxembourgish,Luxembourger|Luxembourg
Madagascar||Malagasy|Antananarivo
Malawi||Malawian|Lilongwe
Malaysia||Malaysian|Kuala Lumpur
Maldives||Maldivian|Male
Mali||Malian|Bamako
Malta||Maltese|Valletta
Marshall Islands||Marshallese|Majuro
Mauritania||Mauritanian|Nouakchott
Mauritius||Mauritian|Port Louis
Mexico||Mexican|Mexico City
Micronesia||Micronesian|Palikir
Moldova||Moldovan|Chisinau
Monaco||Monegasque|Monaco
Mongolia||Mongolian|Ulaanbaatar
Montenegro||Montenegrin|Podgorica
Morocco||Moroccan|Rabat
Mozambique||Mozambican|Maputo
Myanmar|Burma|Burmese|Naypyidaw
Namibia||Namibian|Windhoek
Nauru||Nauruan|Yaren
Nepal||Nepalese,Nepali|Kathmandu
Netherlands|Holland,The Netherlands|Dutch|Amsterdam
New Zealand||New Zealander|Wellington
Nicaragua||Nicaraguan|Managua
Niger||Nigerien|Niamey
Nigeria||Nigerian|Abuja
North Macedonia|Macedonia|Macedonian|Skopje
Norway||Norwegian|Oslo
Oman||Omani|Muscat
Pakistan||Pakistani|Islamabad
Palau||Palauan|Ngerulmud
Palestine|Palestinian Territories|Palestinian|Ramallah
Panama||Panamanian|Panama City
Papua New Guinea||Papua New Guinean|Port Moresby
Paraguay||Paraguayan|Asuncion
Peru||Peruvian|Lima
Philippines|The Philippines|Filipino,Philippine|Manila
Poland||Polish,Pole|Warsaw
Portugal||Portuguese|Lisbon
Qatar||Qatari|Doha
Romania||Romanian|Bucharest
Russia|Russian Federation|Russian|Moscow
Rwanda||Rwandan|Kigali
Saint Kitts and Nevis|St Kitts and Nevis|Kittitian|Basseterre
Saint Lucia|St Lucia|Saint Lucian|Castries
Saint Vincent and the Grenadines|St Vincent|Vincentian|Kingstown
Samoa||Samoan|Apia
San Marino||Sammarinese|San Marino
Sao Tome and Principe||Santomean|Sao Tome
Saudi Arabia||Saudi,Saudi Arabian|Riyadh
Senegal||Senegalese|Dakar
Serbia||Serbian,Serb|Belgrade
Seychelles||Seychellois|Victoria
Sierra Leone||Sierra Leonean|Freetown
Singapore||Singaporean|Singapore
Slovakia||Slovak|Bratislava
Slovenia||Slovenian,Slovene|Ljubljana
Solomon Islands||Solomon Islander|Honiara
Somalia||Somali|Mogadishu
South Africa||South African|Pretoria
South Sudan||South Sudanese|Juba
Spain||Spanish,Spaniard|Madrid
Sri Lanka||Sri Lankan|Colombo
Sudan||Sudanese|Khartoum
Suriname||Surinamese|Paramaribo
Sweden||Swedish,Swede|Stockholm
Switzerland||Swiss|Bern
Syria||Syrian|Damascus
Taiwan||Taiwanese|Taipei
Tajikistan||Tajik|Dushanbe
Tanzania||Tanzanian|Dodoma
Thailand||Thai|Bangkok
Togo||Togolese|Lome
Tonga||Tongan|Nuku'alofa
Trinidad and Tobago|Trinidad|Trinidadian|Port of Spain
Tunisia||Tunisian|Tunis
Turkey|Turkiye|Turkish,Turk|Ankara
Turkmenistan||Turkmen|Ashgabat
Tuvalu||Tuvaluan|Funafuti
Uganda||Ugandan|Kampala
Ukraine|The Ukraine|Ukrainian|Kyiv
United Arab Emirates|UAE,Emirates|Emirati|Abu Dhabi
United Kingdom|UK,U.K.,Britain,Great Britain|British,Briton|London
United States|US,U.S.,USA,U.S.A.,America,United States of America|American|Washington
Uruguay||Uruguayan|Montevideo
Uzbekistan||Uzbek|Tashkent
Vanuatu||Ni-Vanuatu|Port Vila
Vatican City|Vatican,Holy See||Vatican City
Venezuela||Venezuelan|Caracas
Vietnam||Vietnamese|Hanoi
Yemen||Yemeni|Sanaa
Zambia||Zambian|Lusaka
Zimbabwe||Zimbabwean|Harare
# Constituent countries and widely named territories
England||English|London
Scotland||Scottish,Scot,Scots|Edinburgh
Wales||Welsh|Cardiff
Northern Ireland||Northern Irish|Belfast
Hong Kong||Hong Konger|
Puerto Rico||Puerto Rican|San Juan
Greenland||Greenlandic|Nuuk
Gibraltar||Gibraltarian|
Chechnya||Chechen|Grozny
Tibet||Tibetan|Lhasa
Kashmir||Kashmiri|
Kurdistan||Kurdish|

"""##,
    "event-words.txt": ##"""
# Words that, as the LAST word of a capitalised phrase, make it the name of an event, a period or a
# document rather than of a person, an organisation or a place ("World Cup", "Gulf War", "Kyoto
# Protocol", "Bronze Age"). Most need a word before them: alone, "Bill", "Eve", "Open", "Final" or
# "Day" are something else. Only these name an event even alone: Olympics, Paralympics, Oscars,
# Emmys, Grammys, Baftas, Proms, Holocaust, Intifada.
# Only words that almost never end the name of a person, organisation or place are listed: not
# Group, Council, Party, House, Street, Square, Island, Park, Derby (a city), Season, Law or
# Holiday (surnames), Review or Forum (both end organisations' names), National, Nations or Sunday.
# The second section, headed "Whole names", lists full names of well-known events and periods whose
# last word is not one of these words (World War Two, Good Friday, Tour de France).
# Format: one entry per line; `#` starts a comment; blank lines are ignored.
# Origin: written for reportconv by its developers from general knowledge of English naming of
# events, periods, documents, prizes and festivals; not drawn from any test article.

# Sport: competitions, races and matches
Cup
Cups
Games
Olympics
Paralympics
Olympiad
Championship
Championships
Open
Masters
Bowl
Trophy
Shield
Series
Classic
Final
Finals
Playoffs
Play-offs
Tournament
Invitational
Prix
Marathon
Rally
Tour
Race
Regatta
Sevens
Slam
Stakes
Guineas
Hurdle
Handicap
Test
Triathlon
Contest
Competition
Challenge

# Prizes, awards and honours
Prize
Prizes
Award
Awards
Medal
Oscars
Emmys
Grammys
Baftas
Globes
Honours

# Festivals, shows, ceremonies and gatherings
Festival
Fringe
Proms
Carnival
Fair
Expo
Show
Exhibition
Biennale
Biennial
Tattoo
Pageant
Jamboree
Eisteddfod
Concert
Gala
Ceremony
Celebrations
Jubilee
Coronation
Inauguration
Wedding
Funeral
Lecture
Lectures
Aid
Break

# Politics and diplomacy: meetings, votes, negotiations and trials
Summit
Conference
Symposium
Talks
Round
Election
Elections
Referendum
Census
Budget
Statement
Speech
Address
Trial
Trials

# Days, weeks and other dated periods
Day
Days
Week
Weekend
Night
Eve
Month
Year
Millennium

# Wars, conflicts, crises and disasters
War
Wars
Conflict
Offensive
Invasion
Landings
Raid
Siege
Blockade
Airlift
Blitz
Crusade
Crusades
Revolution
Uprising
Rebellion
Revolt
Mutiny
Coup
Putsch
Intifada
Troubles
Massacre
Holocaust
Genocide
Armistice
Truce
Crisis
Crash
Depression
Recession
Famine
Plague
Disaster
Earthquake
Tsunami
Affair
Scandal
Spring

# Historical periods and movements
Age
Ages
Era
Period
Dynasty
Renaissance
Reformation
Enlightenment
Restoration
Deal

# Laws, treaties and other documents
Act
Acts
Bill
Treaty
Treaties
Accord
Accords
Agreement
Agreements
Pact
Protocol
Convention
Conventions
Declaration
Charter
Constitution
Amendment
Statute
Directive
Regulations
Resolution
Decree
Edict
Code
Doctrine
Manifesto
Memorandum
Compact
Paper
Papers
Report
Strategy
Policy
Plan
Programme
Program
Scheme
Initiative

# Whole names
World War I
World War II
World War One
World War Two
WWI
WWII
D-Day
9/11
Good Friday
Black Friday
Easter Sunday
Palm Sunday
Bloody Sunday
Remembrance Sunday
Easter Monday
Black Monday
Cyber Monday
Super Tuesday
Shrove Tuesday
Ash Wednesday
Lent
Passover
Yom Kippur
Rosh Hashanah
Hajj
Hogmanay
Mardi Gras
Oktoberfest
Eurovision
Brexit
Watergate
Magna Carta
Bill of Rights
Declaration of Independence
State of the Union
Treaty of Versailles
Great Fire of London
Black Death
Credit Crunch
Millennium Bug
Six Nations
Tri-Nations
Ashes
Grand National
Royal Ascot
Kentucky Derby
Epsom Derby
Tour de France
Giro d'Italia
Vuelta a Espana
Champions League
Europa League
Indianapolis 500
Live 8
Euro 2004
Euro 2008
Euro 2012
Trooping the Colour
State Opening

"""##,
    "given-names.txt": ##"""
# Given (first) names of people as they appear capitalised in English news text: common
# English-language first names (with their usual short forms) and the common first names of the
# cultures most present in international news. Romanised Chinese, Japanese and Korean given names
# are the forms used in English news (Chinese and Korean given names follow the family name).
# Format: one name per line; `#` starts a comment; blank lines are ignored. No surnames.
# The final section holds names that are also ordinary English words, capitalised at sentence
# starts (Will, May, Grace), or also names of countries, capitals, other well-known places or
# organisations (Jordan, Paris, Chelsea): treat them as names only when something else (a
# following surname, a title) shows that a person is meant.
# Origin: written for reportconv by its developers from general knowledge of naming in English and
# other languages; not drawn from any test article or copied from any list.

# English-language given names: men
Aaron
Abe
Abel
Abraham
Adam
Adrian
Alan
Allan
Allen
Albert
Alec
Alex
Alexander
Alf
Alfie
Alfred
Alistair
Alvin
Ambrose
Andrew
Andy
Angus
Anthony
Antony
Archibald
Archie
Arnold
Arthur
Ashley
Aubrey
Barry
Bart
Bartholomew
Barney
Ben
Benedict
Benjamin
Benny
Bernard
Bernie
Bert
Bertie
Bertram
Billy
Bob
Bobby
Boris
Brad
Bradley
Brandon
Brendan
Brent
Brett
Brian
Bryan
Bruce
Byron
Cameron
Carl
Cecil
Cedric
Charles
Charlie
Chris
Christopher
Clarence
Clark
Claude
Clement
Clifford
Clive
Clint
Cody
Colin
Conrad
Craig
Curtis
Cyril
Damian
Damien
Dan
Daniel
Danny
Darren
Darryl
Daryl
Dave
David
Davie
Denis
Dennis
Derek
Dermot
Desmond
Dickie
Donald
Donovan
Doug
Douglas
Duncan
Dustin
Dwight
Eamonn
Ed
Eddie
Eddy
Edgar
Edmund
Edward
Edwin
Eli
Elijah
Elliot
Elliott
Ellis
Elton
Elvis
Emmett
Eric
Ernest
Ernie
Errol
Ethan
Eugene
Evan
Everett
Ezra
Felix
Ferdinand
Floyd
Francis
Frankie
Franklin
Fred
Freddie
Freddy
Frederick
Gabriel
Gareth
Garry
Gary
Gavin
Geoff
Geoffrey
George
Gerald
Gerard
Gerry
Gilbert
Giles
Glenn
Godfrey
Gordon
Graham
Grahame
Greg
Gregory
Hal
Hamish
Hank
Harold
Harrison
Harry
Harvey
Hector
Henry
Herbert
Herman
Howard
Hubert
Hugh
Hughie
Hugo
Humphrey
Ian
Isaac
Ivan
Ivor
Jack
Jackie
Jacob
Jake
James
Jamie
Jared
Jason
Jasper
Jeff
Jeffrey
Jeremy
Jerome
Jerry
Jesse
Jim
Jimmy
Joe
Joel
Joey
John
Johnnie
Johnny
Jon
Jonathan
Jonny
Joseph
Josh
Joshua
Julian
Justin
Karl
Keith
Kelvin
Ken
Kenneth
Kenny
Kevin
Kieran
Kirk
Kyle
Larry
Laurence
Lawrence
Lee
Len
Lenny
Leo
Leon
Leonard
Leroy
Leslie
Lester
Lewis
Liam
Lionel
Lloyd
Louie
Louis
Luke
Malcolm
Marcus
Martin
Marty
Marvin
Matt
Matthew
Maurice
Maxwell
Melvin
Mervyn
Michael
Mick
Mickey
Micky
Mike
Milton
Mitch
Mitchell
Morris
Murray
Nat
Nathan
Nathaniel
Ned
Neil
Neville
Nicholas
Nicky
Nigel
Noah
Noel
Oliver
Ollie
Oscar
Oswald
Owen
Paddy
Patrick
Paul
Percy
Perry
Pete
Peter
Phil
Philip
Phillip
Piers
Quentin
Ralph
Randall
Randolph
Randy
Raymond
Reg
Reginald
Rex
Richard
Richie
Rick
Ricky
Robbie
Robert
Rodney
Roger
Roland
Ron
Ronald
Ronnie
Rory
Ross
Roy
Rupert
Russ
Russell
Ryan
Sam
Sammy
Samuel
Scott
Sean
Sebastian
Seth
Shane
Shaun
Sid
Sidney
Simon
Spencer
Stan
Stanley
Stephen
Steve
Steven
Stevie
Stewart
Stuart
Ted
Teddy
Terence
Terry
Theo
Theodore
Thomas
Tim
Timmy
Timothy
Toby
Todd
Tom
Tommy
Tony
Travis
Trevor
Tristan
Troy
Tyler
Vernon
Vince
Vincent
Wally
Walter
Wayne
Wesley
Wilfred
William
Willie
Willy
Winston
Zachary
Aidan
Aiden
Alastair
Ari
Arturo
Augustus
Axel
Beau
Bennett
Blake
Bobbie
Brody
Bruno
Burt
Caleb
Calvin
Carlton
Casey
Cole
Connor
Corey
Cory
Cornelius
Damon
Darius
Darnell
Declan
Denzel
Deon
Derrick
Devin
Dexter
Dirk
Dominic
Dominick
Duane
Dwayne
Dylan
Elias
Emerson
Emil
Emile
Emmanuel
Ephraim
Erik
Ernst
Ewan
Ezekiel
Fabian
Finley
Forrest
Garrett
Gaston
Gideon
Gil
Gino
Glyn
Gus
Gustav
Horace
Ira
Isaiah
Jacques
Jeremiah
Joaquin
Jonah
Jude
Jules
Julius
Junior
Kane
Kurt
Lars
Levi
Logan
Lorenzo
Lou
Lucas
Lyndon
Magnus
Manny
Marc
Marco
Marion
Marlon
Matthias
Maxim
Micah
Milo
Monty
Morgan
Moses
Nelson
Otto
Ozzy
Quinn
Raphael
Reese
Reggie
Reuben
Riley
Roderick
Rolf
Rowan
Rudy
Rufus
Saul
Seamus
Shawn
Solomon
Sonny
Stefan
Tobias
Trent
Tyson
Val
Vaughn
Vic
Virgil
Xavier
Alasdair
Barnaby
Bertrand
Edmond
Evelyn
Fergus
Finlay
Hilary
Leopold
Nico
Peregrine
Ranulph
Tarquin
Zac
Ade
Courtney
Clyde
Viv
Vivian
Kieron
Jermaine
Andre
Usain
Asafa
Linford
Jermain
Ledley
Wes
Jamal
Kwame
Kobe
LeBron
Shaquille
Kareem

# English-language given names: women
Abigail
Abby
Ada
Adele
Adrienne
Agatha
Agnes
Aileen
Alana
Alexandra
Alexa
Alexis
Alice
Alicia
Alison
Allison
Alma
Amanda
Amelia
Amy
Andrea
Angela
Angelina
Angie
Anita
Ann
Anna
Anne
Annabel
Annabelle
Annette
Annie
Annika
Antonia
Audrey
Ava
Barbara
Beatrice
Belinda
Bella
Bernadette
Beryl
Beth
Bethany
Betsy
Betty
Beverley
Beverly
Billie
Bonnie
Brenda
Bridget
Brigitte
Britney
Brittany
Brooke
Caitlin
Camilla
Candice
Cara
Carla
Carly
Carmen
Carole
Caroline
Carolyn
Carrie
Cassandra
Cassie
Catherine
Cathy
Cecilia
Celia
Charlene
Charlotte
Cheryl
Chloe
Christina
Christine
Cindy
Claire
Clara
Clare
Claudia
Colleen
Connie
Constance
Cora
Cynthia
Daisy
Dana
Danielle
Daphne
Darcy
Davina
Debbie
Debby
Deborah
Debra
Deirdre
Delia
Della
Denise
Diana
Diane
Dianne
Dido
Dolly
Dolores
Dora
Doreen
Doris
Dorothy
Edith
Edna
Eileen
Elaine
Eleanor
Elena
Elisabeth
Eliza
Elizabeth
Ella
Ellen
Ellie
Eloise
Elsa
Elsie
Emily
Emma
Erica
Erin
Esme
Esther
Ethel
Eugenie
Eunice
Eva
Evie
Fay
Faye
Fiona
Flora
Frances
Francesca
Freda
Freya
Gail
Gayle
Gemma
Georgina
Geraldine
Gertrude
Gillian
Gina
Ginny
Gladys
Glenda
Gloria
Gwen
Gwendolyn
Hannah
Harriet
Hayley
Heidi
Helen
Helena
Hermione
Hillary
Ida
Imogen
Ingrid
Irene
Isabel
Isabella
Isabelle
Isla
Jacqueline
Jane
Janet
Janice
Janine
Jean
Jeanette
Jeanne
Jemima
Jennifer
Jenny
Jess
Jessica
Jessie
Jill
Jillian
Jo
Joan
Joanna
Joanne
Jodie
Josephine
Josie
Joyce
Judith
Judy
Julia
Julie
Juliet
Julianne
Justine
Karen
Kate
Katharine
Katherine
Kathleen
Kathryn
Kathy
Katie
Katy
Kay
Kayleigh
Kelly
Kim
Kimberley
Kimberly
Kirsty
Kristen
Kristin
Lara
Laura
Lauren
Laurie
Leanne
Leah
Lesley
Libby
Lilian
Lillian
Linda
Lindsay
Lindsey
Lisa
Liz
Liza
Lizzie
Lois
Lola
Lorna
Lorraine
Lottie
Louisa
Louise
Lucinda
Lucy
Lydia
Lynda
Lynn
Lynne
Madeleine
Madeline
Maggie
Mandy
Marcia
Margaret
Margot
Maria
Marian
Marianne
Marie
Marilyn
Marjorie
Marlene
Martha
Mary
Matilda
Maud
Maureen
Maxine
Megan
Meg
Melanie
Melinda
Melissa
Meredith
Mia
Michaela
Michelle
Millie
Miranda
Miriam
Moira
Molly
Monica
Morag
Muriel
Nadia
Nancy
Naomi
Natalie
Natasha
Nell
Nellie
Nicola
Nicole
Nikki
Nina
Nora
Norma
Octavia
Olivia
Pamela
Pam
Patricia
Patsy
Patti
Paula
Pauline
Peggy
Penelope
Petra
Philippa
Phoebe
Phyllis
Pippa
Polly
Priscilla
Rachel
Rebecca
Rebekah
Rita
Roberta
Robyn
Rosalind
Rosie
Rowena
Ruth
Sabrina
Sadie
Sally
Samantha
Sandra
Sara
Sarah
Sasha
Selina
Serena
Sharon
Sheila
Shelley
Shirley
Sian
Sonia
Sophia
Sophie
Stacey
Stella
Stephanie
Susan
Susannah
Susie
Suzanne
Suzy
Sylvia
Tamsin
Tania
Tanya
Tara
Teresa
Tess
Tessa
Theresa
Tiffany
Tina
Toni
Tracey
Tracy
Ursula
Valerie
Vanessa
Vera
Veronica
Vicky
Viola
Vivien
Wanda
Wendy
Whitney
Yvette
Yvonne
Zoe
Zara
Zelda
Aisha
Alexia
Amelie
Amira
Anastasia
Beatriz
Belle
Bianca
Blanche
Camille
Catriona
Celine
Chantal
Cher
Cherie
Ciara
Coco
Corinne
Daniela
Demi
Dina
Dominique
Donna
Elise
Elspeth
Emilia
Estelle
Eugenia
Felicia
Fleur
Gabriella
Gabrielle
Genevieve
Geri
Greta
Ilona
Imelda
Indira
Isobel
Ivana
Jayne
Jenna
Jennie
Johanna
Juliana
Juliette
Karina
Katarina
Kayla
Keira
Kirsten
Kitty
Lana
Layla
Leigh
Leila
Lena
Leona
Leonie
Lina
Loretta
Lorena
Luciana
Lucia
Mae
Margarita
Marina
Marissa
Maya
Meryl
Mona
Nadine
Noreen
Olga
Olympia
Paige
Raquel
Renee
Rhiannon
Rihanna
Roisin
Rosa
Sabina
Scarlett
Selena
Selma
Shania
Sheena
Sienna
Simone
Sylvie
Tamara
Tammy
Tatiana
Tilly
Valentina
Verity
Vicki
Vivienne
Winnie
Yasmin
Yolanda
Kylie
Dannii
Britt

# Irish, Scottish and Welsh
Enda
Micheal
Micheál
Eamon
Éamon
Éamonn
Séamus
Seán
Padraig
Pádraig
Ciaran
Ciarán
Cathal
Colm
Conor
Cormac
Diarmuid
Donal
Dónal
Eoin
Eoghan
Fergal
Feargal
Fintan
Gearoid
Gearóid
Killian
Cillian
Niall
Oisin
Oisín
Ronan
Ruairi
Ruairí
Tadhg
Darragh
Garret
Tomas
Tomás
Cian
Conall
Dara
Malachy
Mairead
Máiréad
Aisling
Aoife
Caoimhe
Clodagh
Eimear
Fionnuala
Grainne
Gráinne
Maeve
Méabh
Niamh
Nuala
Orla
Róisín
Saoirse
Siobhan
Siobhán
Sinead
Sinéad
Sorcha
Una
Úna
Brid
Bríd
Brigid
Dervla
Emer
Bronagh
Ailbhe
Fidelma
Aine
Áine
Shona
Mairéad
Callum
Calum
Euan
Ewen
Fraser
Graeme
Iain
Innes
Lachlan
Rab
Roddy
Ruaridh
Jock
Ally
Gregor
Lorne
Dougie
Keir
Tam
Ailsa
Eilidh
Iona
Mhairi
Morven
Rhona
Mairi
Aled
Aneurin
Aneirin
Nye
Bryn
Carwyn
Dafydd
Dai
Dewi
Emlyn
Emrys
Geraint
Gwyn
Huw
Hywel
Ieuan
Idris
Ioan
Leighton
Llewellyn
Llewelyn
Owain
Rhodri
Rhys
Taliesin
Tudor
Wyn
Alun
Cai
Ceri
Gethin
Bethan
Branwen
Carys
Catrin
Cerys
Elin
Ffion
Lowri
Nerys
Nia
Rhian
Seren
Siân
Tegan
Angharad
Eleri
Manon
Menna
Sioned
Delyth
Enid
Gwenda

# French, German, Austrian, Swiss, Dutch and Belgian
Francois
François
Nicolas
Jean-Pierre
Jean-Marie
Jean-Claude
Jean-Luc
Jean-Paul
Jean-Louis
Jean-Michel
Jean-Yves
Jean-Marc
Jean-Francois
Jean-François
Jean-Baptiste
Jean-Jacques
Jean-Christophe
Pierre
Pierre-Yves
Philippe
Alain
Christophe
Didier
Éric
Fabien
Frederic
Frédéric
Gérard
Gilles
Guillaume
Henri
Herve
Hervé
Jérôme
Julien
Laurent
Luc
Mathieu
Matthieu
Michel
Olivier
Pascal
Patrice
Regis
Régis
Remi
Rémi
Rene
René
Sebastien
Sébastien
Serge
Stephane
Stéphane
Sylvain
Thierry
Thibault
Thibaut
Valery
Valéry
Yves
Yannick
Zinedine
Arsene
Arsène
Franck
Gael
Gaël
Kylian
Antoine
Benoit
Benoît
Cédric
Clément
Edouard
Édouard
Émile
Etienne
Étienne
Florent
Georges
Gregoire
Grégoire
Joël
Lucien
Marcel
Maxime
Noël
Raphaël
Renaud
Romain
Yann
Aurelien
Aurélien
Baptiste
Fabrice
Hugues
Loic
Loïc
Ludovic
Marius
Mickael
Mickaël
Nabil
Sacha
Yoann
Eugène
Alexandre
Augustin
Armand
Blaise
Dimitri
Léon
Rodolphe
Théo
Amélie
Cecile
Cécile
Céline
Claudine
Delphine
Élisabeth
Emmanuelle
Francoise
Françoise
Helene
Hélène
Joséphine
Laetitia
Marine
Martine
Mathilde
Monique
Nathalie
Odile
Pascale
Sandrine
Stéphanie
Valérie
Veronique
Véronique
Virginie
Agnès
Aurelie
Aurélie
Colette
Élodie
Emilie
Émilie
Geneviève
Lea
Léa
Lucie
Margaux
Michele
Michèle
Mireille
Noemie
Noémie
Rachida
Segolene
Ségolène
Christiane
Marie-Claire
Marie-France
Marie-Christine
Anne-Marie
Anne-Sophie
Axelle
Clemence
Clémence
Éloïse
Eugénie
Fabienne
Gaelle
Gaëlle
Jocelyne
Sabine
Solange
Thérèse
Therese
Zoé
Adèle
Irène
Laure
Léonie
Liliane
Lise
Lucile
Mylene
Mylène
Régine
Regine
Gerhard
Helmut
Olaf
Frank-Walter
Joschka
Wolfgang
Friedrich
Klaus
Karl-Heinz
Hans
Hans-Dietrich
Hans-Peter
Heinz
Horst
Jurgen
Jürgen
Juergen
Joachim
Johannes
Josef
Uwe
Ulrich
Volker
Werner
Wilhelm
Guido
Gunter
Günter
Guenter
Günther
Gunther
Dieter
Dietrich
Erich
Franz
Fritz
Georg
Gerd
Hartmut
Heiko
Heinrich
Hermann
Holger
Ingo
Jens
Jochen
Jorg
Jörg
Joerg
Kai
Lothar
Lutz
Manfred
Markus
Reinhard
Rainer
Rudolf
Rudi
Siegfried
Steffen
Sven
Thilo
Thorsten
Torsten
Ulf
Andreas
Bastian
Bernd
Bernhard
Christoph
Detlef
Egon
Florian
Hannes
Harald
Helge
Jonas
Lukas
Niklas
Philipp
Ralf
Sepp
Timo
Wolfram
Armin
Anton
Benedikt
Jakob
Konrad
Lorenz
Ludwig
Maximilian
Moritz
Nikolaus
Oskar
Sigmar
Ueli
Mesut
Miroslav
Manuel
Cem
Claus
Luca
Nils
Ole
Anke
Annegret
Annalena
Birgit
Elke
Franziska
Gabriele
Gisela
Gudrun
Hannelore
Heike
Helga
Hildegard
Ilse
Inge
Jutta
Karin
Katja
Kerstin
Lotte
Magdalena
Martina
Monika
Renate
Sahra
Silke
Steffi
Susanne
Ulla
Ulrike
Ute
Uta
Britta
Dagmar
Gerda
Hanna
Katrin
Kathrin
Saskia
Tanja
Gertrud
Hilde
Jana
Karoline
Luise
Nele
Rosemarie
Sigrid
Sonja
Stefanie
Verena
Viktoria
Wim
Willem
Geert
Pim
Ruud
Johan
Arjen
Jaap
Joop
Kees
Cornelis
Pieter
Piet
Hendrik
Henk
Gerrit
Gert
Joost
Jeroen
Maarten
Martijn
Niels
Sander
Stijn
Thijs
Bas
Bram
Rutger
Wouter
Koen
Klaas
Jos
Dries
Romelu
Baudouin
Rik
Frans
Frits
Jesper
Joris
Stef
Wopke
Ayaan
Femke
Lieke
Marieke
Sanne
Anouk
Annemarie
Els
Ineke
Mieke
Neelie
Wilhelmina
Maxima
Máxima
Amalia
Antje
Mirjam
Sylvana
Elio
Filip

# Danish, Norwegian, Swedish, Finnish and Icelandic
Anders
Lars-Erik
Helle
Mette
Poul
Erna
Kjell
Magne
Gro
Thorbjorn
Thorbjørn
Fredrik
Goran
Göran
Olof
Ingvar
Tage
Bjorn
Björn
Bjørn
Gunnar
Henrik
Arne
Bengt
Christer
Espen
Gustaf
Hakan
Håkan
Hasse
Henning
Ivar
Jorgen
Jørgen
Jørn
Jorn
Kjetil
Knut
Lasse
Leif
Mattias
Mikael
Morten
Olav
Ola
Peder
Petter
Rasmus
Roald
Soren
Søren
Stig
Svein
Sverre
Terje
Torbjorn
Torbjørn
Trond
Tryggve
Ulrik
Vidar
Zlatan
Kasper
Mikkel
Nicklas
Preben
Mads
Frederik
Margrethe
Dag
Egil
Einar
Eirik
Geir
Haakon
Håkon
Kristian
Sigurd
Stein
Carsten
Joakim
Karsten
Kristoffer
Niclas
Isak
Ludvig
Viktor
Kristina
Margareta
Astrid
Birgitta
Ebba
Freja
Frida
Ingeborg
Kajsa
Linnea
Linnéa
Maja
Malin
Marit
Moa
Pernilla
Siv
Solveig
Stina
Tove
Ulrika
Agneta
Agnetha
Anni-Frid
Kari
Liv
Ragnhild
Randi
Siri
Trine
Charlotta
Emelie
Inger
Sofie
Vibeke
Anette
Bente
Berit
Hanne
Henriette
Lene
Mette-Marit
Pia
Rikke
Signe
Tine
Silvia
Thea
Matti
Mikko
Tarja
Sauli
Paavo
Juha
Jyrki
Antti
Sanna
Anneli
Mari
Kimi
Mika
Jari
Jarmo
Pekka
Petteri
Teemu
Tuomas
Ville
Jussi
Aino
Eeva
Elina
Kaisa
Leena
Liisa
Minna
Paivi
Päivi
Tiina
Lauri
Eero
Heikki
Ilkka
Janne
Jukka
Kalle
Markku
Olli
Pertti
Raimo
Risto
Seppo
Veli
Valtteri
Erkki
Hannu
Harri
Jaakko
Jani
Joonas
Marko
Olafur
Ólafur
Gudni
Bjork
Björk
Jóhanna
Halldor
Halldór
Steingrimur
Steingrímur
Sigmundur
Katrín
Aron
Jón
Sigurdur
Bjarni
Kristín

# Spanish, Catalan, Basque, Latin American, Italian, Portuguese and Brazilian
Jose
José
Jesus
Jesús
Juan
Carlos
Luis
Javier
Francisco
Antonio
Pedro
Miguel
Ángel
Alejandro
Fernando
Pablo
Sergio
Jorge
Alberto
Rafael
Raul
Raúl
Ramon
Ramón
Enrique
Joaquín
Mariano
Felipe
Alfredo
Andres
Andrés
Diego
Emilio
Esteban
Eduardo
Gonzalo
Guillermo
Héctor
Ignacio
Iker
Jordi
Josep
Xavi
Cesc
Carles
Pau
Oriol
Lluis
Lluís
Jacinto
Julio
Leopoldo
Marcos
Mario
Martín
Mateo
Nicolás
Óscar
Pascual
Ricardo
Roberto
Rodrigo
Rodolfo
Ruben
Rubén
Salvador
Santi
Sebastián
Vicente
Fidel
Evo
Alvaro
Álvaro
Ernesto
Augusto
Gustavo
Ollanta
Mauricio
Tabare
Tabaré
Octavio
Agustin
Agustín
Alfonso
Anibal
Aníbal
Armando
Benito
Bernardo
Borja
Camilo
Dani
Dario
Darío
Domingo
Elías
Emiliano
Federico
Félix
Gerardo
Gilberto
Horacio
Humberto
Inaki
Iñaki
Ismael
Julián
Leandro
Leonel
Luciano
Marcelo
Matias
Matías
Maximiliano
Mikel
Moises
Moisés
Nacho
Nestor
Néstor
Paco
Pepe
Pere
Ramiro
Saúl
Silvio
Valentin
Valentín
Víctor
Xabi
Xabier
Manolo
Unai
Aitor
Asier
Gorka
Sergi
Ferran
Isco
Koke
Nayib
Diosdado
Danilo
Radamel
Edinson
Pilar
Rosario
Concepcion
Concepción
Consuelo
Esperanza
Guadalupe
Luz
Marisol
Nuria
Núria
Paloma
Paz
Ana
Blanca
Catalina
Cristina
Elvira
Ines
Inés
Leticia
Letizia
Lucía
Luisa
Manuela
María
Marta
Mónica
Natalia
Susana
Verónica
Ximena
Camila
Fernanda
Gabriela
Mariana
Sofía
Valeria
Alejandra
Adriana
Evita
Penélope
Shakira
Alba
Angeles
Ángeles
Begoña
Begona
Belen
Belén
Fatima
Fátima
Graciela
Macarena
Maite
Noemi
Pepa
Rigoberta
Rosalia
Rosalía
Salma
Soraya
Violeta
Xiomara
Dilma
Delcy
Keiko
Aitana
Arantxa
Conchita
Garbiñe
Garbine
Montse
Romano
Giorgio
Carlo
Azeglio
Giuliano
Massimo
Matteo
Enrico
Paolo
Gianni
Giovanni
Giuseppe
Francesco
Luigi
Alessandro
Alessio
Angelo
Antonello
Claudio
Corrado
Cristiano
Daniele
Davide
Domenico
Emanuele
Enzo
Fabio
Fabrizio
Filippo
Flavio
Franco
Gennaro
Giacomo
Gian
Giancarlo
Gianfranco
Gianluca
Gianluigi
Giulio
Ignazio
Maurizio
Pier
Pierluigi
Pietro
Raffaele
Renato
Riccardo
Salvatore
Sandro
Stefano
Tommaso
Umberto
Valentino
Vincenzo
Vittorio
Fausto
Amedeo
Bettino
Ottavio
Attilio
Aldo
Cesare
Dino
Ennio
Ettore
Fulvio
Gaetano
Leonardo
Lino
Livio
Loris
Lucio
Marcello
Mauro
Nino
Rocco
Romeo
Sebastiano
Vasco
Gigi
Adriano
Beppe
Edoardo
Ezio
Giordano
Ludovico
Mattia
Mirko
Pasquale
Piero
Pierpaolo
Tiziano
Ugo
Valerio
Vito
Ciro
Alessandra
Alessia
Antonella
Chiara
Elisa
Federica
Giovanna
Giulia
Ilaria
Nicoletta
Paola
Patrizia
Raffaella
Simona
Stefania
Mara
Mariastella
Agnese
Annalisa
Benedetta
Carlotta
Caterina
Donatella
Eleonora
Emanuela
Flavia
Giorgia
Grazia
Margherita
Matilde
Vittoria
Mina
Nuno
Rui
Vitor
Vítor
Diogo
Duarte
Goncalo
Gonçalo
Joao
João
Afonso
André
Eusebio
Eusébio
Aecio
Aécio
Geraldo
Luiz
Inacio
Inácio
Jair
Henrique
Paulo
Ronaldo
Ronaldinho
Kaka
Kaká
Rivaldo
Romario
Romário
Pele
Pelé
Zico
Rogerio
Rogério
Cafu
Robinho
Neymar
Thiago
Tiago
Vinicius
Vinícius
Anderson
Edson
Gilmar
Juninho
Fábio
Filipe
Maurício
Wagner
Wanderley
Ederson
Alisson
Casemiro
Fernandinho
Dunga
Bebeto
Socrates
Sócrates
Denilson
Denílson
Zé
Deco
Jardel
Simao
Simão
Paulinho
Jorginho
Lula
Caetano
Chico
Otavio
Otávio
Itamar
Gisele
Larissa
Letícia
Luana
Rafaela
Renata
Xuxa
Graça
Graca
Joana
Catarina
Mafalda
Leonor
Conceicao
Conceição
Filipa
Tereza
Aline
Bruna
Debora
Débora
Fabiana
Luiza
Priscila
Rosana
Silvana
Suzana

# Polish, Czech, Slovak, Hungarian, Romanian, former Yugoslav, Albanian, Russian and Ukrainian
Lech
Jaroslaw
Jarosław
Aleksander
Andrzej
Bronislaw
Bronisław
Mateusz
Tadeusz
Wojciech
Zbigniew
Krzysztof
Piotr
Pawel
Paweł
Marek
Marcin
Michal
Michał
Tomasz
Jakub
Kamil
Lukasz
Łukasz
Grzegorz
Jacek
Jerzy
Janusz
Jozef
Józef
Kazimierz
Leszek
Maciej
Mariusz
Miroslaw
Mirosław
Przemyslaw
Przemysław
Radoslaw
Radosław
Rafal
Rafał
Ryszard
Slawomir
Sławomir
Stanislaw
Stanisław
Szymon
Zygmunt
Artur
Bartosz
Dariusz
Dawid
Kacper
Karol
Krystian
Patryk
Wiktor
Wojtek
Henryk
Waldemar
Witold
Agnieszka
Aleksandra
Alicja
Beata
Bozena
Bożena
Danuta
Dorota
Elzbieta
Elżbieta
Ewa
Halina
Iwona
Izabela
Jadwiga
Justyna
Kamila
Katarzyna
Krystyna
Malgorzata
Małgorzata
Urszula
Zofia
Agata
Edyta
Ewelina
Gosia
Jolanta
Kasia
Paulina
Sylwia
Weronika
Zuzanna
Irena
Vaclav
Václav
Milos
Miloš
Andrej
Jiri
Jiří
Mirek
Petr
Tomáš
Karel
Jaroslav
Ladislav
Lubomir
Lubomír
Ondrej
Ondřej
Radek
Stanislav
Zdenek
Zdeněk
Vladimír
Mikulas
Mikuláš
Lukáš
Vojtech
Vojtěch
Patrik
Dominik
Juraj
Igor
Hana
Lenka
Marketa
Markéta
Katerina
Kateřina
Zuzana
Jaroslava
Věra
Ludmila
Alena
Jitka
Radka
Sarka
Šárka
Barbora
Klara
Klára
Iveta
Iva
Milena
Blanka
Denisa
Dominika
Nikola
Ferenc
Gyula
Laszlo
László
Istvan
István
Janos
János
Jozsef
József
Sandor
Sándor
Zoltan
Zoltán
Tibor
Gabor
Gábor
Attila
Csaba
Imre
Miklos
Miklós
Lajos
Bela
Béla
Balazs
Balázs
Tamas
Tamás
Zsolt
Andras
András
Gyorgy
György
Pál
Endre
Geza
Géza
Levente
Bence
Mate
Máté
Akos
Ákos
Arpad
Árpád
Gergely
Krisztian
Krisztián
Péter
Szabolcs
Katalin
Zsuzsa
Zsuzsanna
Erzsebet
Erzsébet
Ildiko
Ildikó
Krisztina
Ágnes
Eszter
Judit
Orsolya
Dorottya
Reka
Réka
Zsofia
Zsófia
Timea
Tímea
Aniko
Anikó
Edit
Márta
Szilvia
Csilla
Traian
Nicolae
Gheorghe
Vasile
Constantin
Mircea
Dacian
Florin
Cristian
Razvan
Răzvan
Ilie
Dorin
Sorin
Valeriu
Viorel
Mihai
Ionut
Ionuț
Bogdan
Catalin
Cătălin
Calin
Călin
Cosmin
Dragos
Dragoș
Eugen
Iulian
Liviu
Ovidiu
Petru
Radu
Sergiu
Silviu
Ştefan
Vlad
Ioana
Mihaela
Andreea
Alina
Raluca
Corina
Oana
Georgiana
Adina
Anca
Camelia
Doina
Irina
Madalina
Mădălina
Roxana
Ruxandra
Maia
Slobodan
Radovan
Ratko
Zoran
Vojislav
Franjo
Stjepan
Alija
Haris
Hashim
Agim
Ramush
Dragan
Milan
Milorad
Aleksandar
Vuk
Zeljko
Željko
Tomislav
Ivo
Davor
Luka
Ivica
Slaven
Nenad
Novak
Dejan
Predrag
Bojan
Branko
Dusan
Dušan
Jovan
Nebojsa
Nebojša
Radomir
Srdjan
Srđan
Vladan
Biljana
Dragana
Gordana
Mirjana
Natasa
Nataša
Snezana
Snežana
Vesna
Zorica
Jelena
Milica
Sanja
Kolinda
Borut
Janez
Edi
Enver
Fatos
Ilir
Sali
Bujar
Ibrahim
Isa
Vjosa
Atifete
Behgjet
Skender
Granit
Xherdan
Adem
Bakir
Edin
Jasmin
Kemal
Mirsad
Nermin
Safet
Senad
Sulejman
Amra
Azra
Emina
Lejla
Vahid
Bosko
Boško
Darko
Djordje
Đorđe
Drazen
Dražen
Josip
Kresimir
Krešimir
Petar
Radoslav
Sinisa
Siniša
Vedran
Zdravko
Zvonimir
Dalibor
Hrvoje
Nemanja
Vladimir
Dmitry
Dmitri
Dmitriy
Mikhail
Sergei
Sergey
Sergiy
Serhiy
Alexei
Alexey
Aleksei
Aleksey
Oleksiy
Oleksii
Oleksandr
Olexander
Aleksandr
Andrei
Andrey
Andriy
Anatoly
Anatoliy
Ihor
Nikolai
Nikolay
Mykola
Yuri
Yury
Yuriy
Yevgeny
Evgeny
Evgeni
Yevgeni
Gennady
Gennadiy
Vitaly
Vitali
Vitaliy
Valeriy
Leonid
Konstantin
Kostiantyn
Pavel
Pavlo
Pyotr
Petro
Ruslan
Taras
Vadim
Vadym
Vasily
Vasili
Vasyl
Vyacheslav
Yevgeniy
Yegor
Arkady
Arkadiy
Arseniy
Arseny
Bohdan
Dmytro
Fyodor
Fedor
Georgy
Georgiy
Gleb
Grigory
Grigori
Ilya
Illia
Kirill
Lev
Maksim
Maksym
Matvei
Mstislav
Nikita
Oleg
Oleh
Rostislav
Semyon
Stepan
Timur
Vsevolod
Yaroslav
Yulian
Volodymyr
Volodya
Vova
Kolya
Petya
Seryozha
Slava
Misha
Garri
Vladislav
Eduard
Grigoriy
Yakov
Anatolii
Artem
Artyom
Danila
Daniil
Dmitrii
Iosif
Matvey
Mikhailo
Nazar
Ostap
Platon
Rustam
Sviatoslav
Svyatoslav
Timofei
Valerii
Viacheslav
Vitalii
Yevhen
Yevhenii
Marat
Ramil
Arkadi
Alisher
Akhmed
Alla
Alyona
Anya
Daria
Darya
Ekaterina
Yekaterina
Katya
Yelena
Olena
Galina
Halyna
Inna
Iryna
Lyudmila
Lyudmyla
Mariya
Masha
Nadezhda
Natalya
Nataliya
Oksana
Olha
Polina
Raisa
Svetlana
Sveta
Tatyana
Tetiana
Viktoriya
Yulia
Yuliya
Zoya
Ksenia
Kseniya
Larisa
Lyubov
Veronika
Yana
Zhanna
Alisa
Lilia
Liliya
Milana
Nadya
Galya
Dasha
Vika
Lyuba
Marianna
Evgenia
Yevgenia
Ivanna
Kira
Lidia
Lidiya
Mila
Oxana
Sofiya
Uliana
Ulyana
Valeriya
Varvara
Vasilisa
Yaroslava
Zinaida
Zarina

# Greek and Cypriot, Turkish, Caucasian, Central Asian and Baltic
Konstantinos
Kostas
Costas
Georgios
Giorgos
Yiorgos
Yannis
Giannis
Ioannis
Nikos
Nikolaos
Dimitris
Dimitrios
Vassilis
Vasilis
Panagiotis
Panayiotis
Christos
Antonis
Alexandros
Kyriakos
Evangelos
Angelos
Apostolos
Athanasios
Thanasis
Spyros
Stavros
Stelios
Theodoros
Thodoris
Michalis
Manolis
Emmanouil
Petros
Pavlos
Sotiris
Stathis
Takis
Thanos
Lefteris
Eleftherios
Charalambos
Fotis
Ilias
Markos
Nektarios
Prokopis
Sokratis
Aristotelis
Odysseas
Achilleas
Miltiadis
Periklis
Demetris
Glafcos
Tassos
Nicos
Nikolas
Anastasios
Efthimios
Grigoris
Lambros
Leonidas
Loukas
Marios
Nikitas
Pantelis
Savvas
Sakis
Theofanis
Vangelis
Yanis
Eleni
Despina
Dimitra
Eirini
Irini
Ioanna
Konstantina
Niki
Panagiota
Vasiliki
Melina
Nana
Fofi
Theodora
Athina
Evangelia
Angeliki
Chrysoula
Paraskevi
Stavroula
Efi
Eftychia
Aliki
Antigone
Artemis
Danae
Eleftheria
Elpida
Fotini
Kassandra
Katina
Rena
Zoi
Aphrodite
Recep
Tayyip
Ahmet
Mehmet
Mustafa
Bulent
Bülent
Tansu
Necmettin
Turgut
Suleyman
Süleyman
Adnan
Binali
Deniz
Devlet
Emre
Arda
Burak
Cenk
Emin
Erkan
Fatih
Hasan
Halil
Huseyin
Hüseyin
Ilker
İlker
Ismet
İsmet
Kaan
Kenan
Levent
Murat
Nihat
Nuri
Okan
Omer
Ömer
Orhan
Osman
Ozan
Rustu
Rüştü
Selim
Semih
Serkan
Sinan
Tolga
Tuncay
Ugur
Uğur
Volkan
Yasin
Zeki
Ekrem
Meral
Yasar
Yaşar
Nazim
Nâzım
Ferit
Fikret
Hikmet
Kadir
Metin
Nevzat
Sadettin
Sedat
Taner
Tarkan
Turan
Umit
Ümit
Vedat
Abdullah
Alparslan
Aydin
Aydın
Baris
Barış
Batuhan
Berk
Cengiz
Erol
Ertugrul
Ertuğrul
Gokhan
Gökhan
Hamza
Harun
Kerem
Koray
Mert
Mevlut
Mevlüt
Oguz
Oğuz
Onur
Ozgur
Özgür
Ramazan
Rifat
Sabri
Sahin
Şahin
Selahattin
Serdar
Sezgin
Suat
Tamer
Ufuk
Yavuz
Yigit
Yiğit
Yusuf
Zafer
Ayse
Ayşe
Aylin
Aysel
Burcu
Derya
Ebru
Elif
Emine
Esra
Fatma
Gulsen
Gülsen
Hande
Hatice
Leyla
Melek
Merve
Nazli
Nazlı
Nilufer
Nilüfer
Ozlem
Özlem
Pinar
Pınar
Seda
Selin
Sevgi
Sibel
Tulay
Tülay
Yasemin
Zehra
Zeynep
Asli
Aslı
Ayla
Banu
Betul
Betül
Canan
Dilek
Duygu
Ece
Filiz
Hulya
Hülya
Ipek
İpek
Nesrin
Nur
Pelin
Sezen
Tugba
Tuğba
Yildiz
Yıldız
Mikheil
Giorgi
Zurab
Bidzina
Irakli
Levan
Davit
Tamar
Ketevan
Tengiz
Vakhtang
Zviad
Lasha
Mamuka
Temur
Eka
Tinatin
Ramzan
Dzhokhar
Aslan
Shamil
Akhmad
Magomed
Khabib
Aram
Armen
Arman
Ashot
Gagik
Garegin
Hovhannes
Levon
Serzh
Tigran
Vahe
Vartan
Vardan
Hrant
Nikol
Sarkis
Anahit
Lusine
Gayane
Armine
Ilham
Heydar
Mehriban
Elmar
Farid
Eldar
Rasim
Nursultan
Kassym-Jomart
Nurlan
Askar
Aigerim
Gulnara
Shavkat
Emomali
Saparmurat
Gurbanguly
Kurmanbek
Almazbek
Sooronbay
Roza
Jamshid
Aziz
Madina
Valdis
Vytautas
Dalia
Gitanas
Algirdas
Andrius
Arturas
Artūras
Mindaugas
Saulius
Sarunas
Šarūnas
Zydrunas
Žydrūnas
Arvydas
Ingrida
Linas
Raimonds
Andris
Edgars
Jānis
Ieva
Toomas

# Arabic (Middle East and North Africa), Persian and Afghan
Mohammed
Muhammad
Mohamed
Mohammad
Muhammed
Mohamad
Mohd
Ahmed
Ahmad
Ali
Omar
Umar
Hassan
Hussein
Husain
Hussain
Husayn
Abdallah
Abdul
Abdel
Abdelaziz
Abdulaziz
Abdul-Aziz
Abdulrahman
Abdel-Rahman
Abdelrahman
Abdelkader
Abdulkarim
Abdulla
Abdulsalam
Abdelsalam
Abdelhak
Abdelilah
Abdelmalek
Abdelhamid
Abdulhamid
Abdelfattah
Abdullahi
Khalid
Khaled
Saeed
Saad
Salim
Salem
Saleh
Salih
Mostafa
Mustapha
Youssef
Yousef
Yousuf
Yusef
Ismail
Ishaq
Yaqub
Yacoub
Yakub
Musa
Moussa
Issa
Idriss
Driss
Jamil
Karim
Khalil
Mahmoud
Mahmud
Mahmood
Majid
Majed
Mansour
Mansur
Marwan
Nasser
Nasir
Nassir
Rashid
Rasheed
Rachid
Riad
Riyad
Samir
Sameer
Tariq
Tarek
Tareq
Walid
Waleed
Yasser
Yasir
Zaid
Zayed
Ziad
Bashar
Hafez
Hafiz
Hosni
Anwar
Gamal
Muammar
Moammar
Saif
Seif
Faisal
Feisal
Fahd
Fahad
Fawaz
Salman
Nayef
Naif
Bandar
Turki
Talal
Mishal
Tamim
Hamad
Hamid
Hamed
Hamdan
Khalifa
Rashed
Qaboos
Haitham
Adel
Adil
Akram
Ammar
Amr
Amer
Amir
Anas
Ashraf
Ayman
Ayoub
Ayub
Basim
Bassem
Bilal
Emad
Imad
Fadi
Fadel
Fares
Faris
Farouk
Farooq
Fouad
Fuad
Ghazi
Ghassan
Habib
Hakim
Hani
Hany
Haroun
Hatem
Hazem
Hisham
Hicham
Ihab
Ilyas
Jaber
Jabir
Jawad
Kamal
Kamel
Louay
Luay
Maher
Mahdi
Mehdi
Malik
Mazen
Mohsen
Muhsin
Munir
Mounir
Nabeel
Nader
Nadir
Naguib
Naji
Nawaf
Nizar
Omran
Osama
Usama
Qasim
Qassem
Rafik
Rafiq
Rami
Ramzi
Raed
Sadiq
Sadeq
Safwat
Sharif
Sherif
Shukri
Suleiman
Sulaiman
Taha
Talib
Tawfiq
Tawfik
Wael
Wahid
Yahya
Younis
Younes
Yunus
Zakaria
Zakariya
Zuhair
Abbas
Bakr
Uthman
Othman
Hamzah
Moqtada
Muqtada
Nouri
Jalal
Iyad
Ayad
Haider
Haidar
Qusay
Uday
Ezzat
Izzat
Ghaith
Mohand
Mourad
Nordine
Noureddine
Nourredine
Zine
Sofiane
Yacine
Yassine
Youcef
Djamel
Kader
Lakhdar
Larbi
Abdou
Aboubakar
Badr
Bassam
Bassel
Burhan
Essam
Firas
Hashem
Hazim
Hossam
Imran
Mukhtar
Murad
Nidal
Salah
Saladin
Salahuddin
Tarik
Usman
Yazid
Zaki
Rania
Noor
Nour
Ayesha
Aicha
Fatemeh
Fatimah
Khadija
Khadijah
Maryam
Mariam
Zainab
Zaynab
Zeinab
Amina
Aminah
Laila
Yasmine
Yasmeen
Samira
Rana
Reem
Huda
Hoda
Hanan
Hala
Amal
Asma
Iman
Eman
Jamila
Lubna
Maha
Manal
Muna
Nawal
Nisreen
Nesreen
Noura
Rasha
Rawan
Ruqayya
Safiya
Safia
Sana
Sawsan
Suha
Suad
Souad
Widad
Yara
Zahra
Ghada
Alia
Aliya
Anisa
Aya
Basma
Bushra
Farah
Haya
Hayat
Latifa
Mai
Malak
Marwa
Nabila
Nada
Sahar
Yusra
Zeina
Zubaida
Zulaikha
Lujain
Loujain
Tawakkol
Mozah
Akbar
Reza
Javad
Jafar
Jaafar
Mojtaba
Ebrahim
Masoud
Massoud
Manouchehr
Mir-Hossein
Kazem
Abolfazl
Arash
Ardeshir
Babak
Bahram
Bijan
Cyrus
Dariush
Dawood
Daoud
Daud
Ehsan
Farhad
Farshad
Fereydoun
Hooshang
Hossein
Iraj
Kambiz
Kaveh
Kourosh
Mehran
Mehrdad
Morteza
Parviz
Parvez
Payam
Peyman
Pouya
Ramin
Rostam
Sajjad
Shahram
Shahriar
Siamak
Sohrab
Ruhollah
Rouhollah
Gholam
Gholamreza
Esfandiar
Esmail
Alireza
Mohammadreza
Hamidreza
Ahmadreza
Saeid
Asghar
Behzad
Farzad
Hadi
Jalil
Kamran
Mansoor
Milad
Nima
Omid
Shahin
Yaser
Zia
Ziba
Shirin
Azadeh
Azar
Golnaz
Goli
Mahsa
Marjan
Mitra
Nasrin
Neda
Niloufar
Parisa
Parvin
Roya
Shahla
Shabnam
Simin
Taraneh
Zohreh
Elham
Farzaneh
Forough
Haleh
Homa
Laleh
Mahnaz
Nazanin
Negar
Pari
Samaneh
Sepideh
Setareh
Shiva
Tahereh
Yasaman
Golshifteh
Narges
Zeynab
Masih
Marzieh
Saddam
Gulbuddin
Burhanuddin
Zalmay
Zalmai
Jalaluddin
Sirajuddin
Haibatullah
Akhtar
Amrullah
Atta
Hazrat
Sher
Zahir
Najibullah
Hafizullah
Babrak
Fazal
Fazlullah
Sayed
Syed
Sayyid
Malalai
Malala
Wali
Gul
Rahmatullah
Nasrullah
Zabihullah
Hekmat

# Pakistani, Indian (Hindi, Punjabi, Bengali, Tamil), Bangladeshi, Sri Lankan and Nepali
Pervez
Nawaz
Shahbaz
Shehbaz
Benazir
Asif
Bilawal
Yousaf
Raza
Shaukat
Iftikhar
Asim
Zulfikar
Zulfiqar
Liaquat
Altaf
Fawad
Iqbal
Jahangir
Javed
Javaid
Khurram
Mehmood
Mushtaq
Nadeem
Naveed
Rizwan
Saqib
Shahid
Shoaib
Sohail
Tahir
Talat
Tanveer
Waqar
Wasim
Waseem
Zaheer
Zahid
Zubair
Inzamam
Misbah
Mohsin
Azhar
Aamir
Asad
Arif
Atif
Aslam
Babar
Ejaz
Fakhar
Hafeez
Junaid
Kashif
Moin
Naseem
Raheel
Sarfraz
Wahab
Ahsan
Farhan
Irfan
Rehman
Shahzad
Zain
Zeeshan
Farzana
Huma
Mahira
Mehwish
Nargis
Rabia
Saba
Sadia
Samina
Shabana
Shazia
Uzma
Nusrat
Abida
Reham
Hina
Shireen
Sharmila
Kiran
Nida
Manmohan
Narendra
Atal
Bihari
Rajiv
Rahul
Priyanka
Jawaharlal
Mohandas
Sanjay
Amit
Arun
Arvind
Ajay
Anil
Ashok
Deepak
Gaurav
Gopal
Hari
Harsh
Jagdish
Jitendra
Kapil
Karan
Krishna
Lalu
Mahesh
Manoj
Mukesh
Nitin
Nitish
Pranab
Pradeep
Prakash
Pramod
Rajesh
Rajendra
Rakesh
Ramesh
Ravi
Rohit
Sachin
Sanjeev
Satish
Shashi
Shiv
Sunil
Suresh
Vijay
Vikram
Vinod
Virat
Vivek
Yashwant
Jaswant
Mulayam
Akhilesh
Mamata
Mayawati
Jayalalithaa
Chandrababu
Jagan
Naveen
Smriti
Sushma
Nirmala
Piyush
Rajnath
Shivraj
Aditya
Akshay
Amitabh
Abhishek
Aishwarya
Shahrukh
Hrithik
Ranbir
Ranveer
Deepika
Kareena
Katrina
Madhuri
Rani
Kajol
Sridevi
Rekha
Hema
Lata
Asha
Zakir
Ratan
Lakshmi
Laxmi
Azim
Nandan
Narayana
Indra
Vikas
Sundar
Satya
Shantanu
Ajit
Arjun
Aryan
Ananya
Anjali
Anju
Archana
Aruna
Bhavna
Deepa
Divya
Gita
Geeta
Indu
Jaya
Jyoti
Kavita
Kamala
Kusum
Lalita
Leela
Madhu
Mala
Meena
Meera
Mira
Neha
Nisha
Padma
Pooja
Poonam
Preeti
Priya
Radha
Rajni
Rashmi
Renu
Ritu
Sangeeta
Sarita
Savita
Seema
Shanti
Sheela
Shilpa
Shobha
Shweta
Sita
Sneha
Sudha
Sunita
Sushila
Swati
Uma
Usha
Vandana
Veena
Vidya
Vimala
Amrita
Arundhati
Jhumpa
Rabindranath
Satyajit
Subhas
Amartya
Sourav
Harbhajan
Yuvraj
Gautam
Gautham
Mahendra
Virender
Ishant
Shikhar
Ravindra
Ravichandran
Dinesh
Rishi
Yogendra
Devendra
Dharmendra
Hardik
Jasprit
Kuldeep
Murali
Rishabh
Shreyas
Shubman
Umesh
Bhuvneshwar
Ajinkya
Anupam
Om
Prithviraj
Montek
Mani
Jairam
Milind
Anand
Mohan
Madan
Pankaj
Paresh
Prem
Rajat
Rajeev
Rajkumar
Ranjan
Sandeep
Santosh
Sharad
Shekhar
Shyam
Siddharth
Sudhir
Sumit
Surendra
Tarun
Varun
Vinay
Vishal
Vishnu
Yogesh
Abhinav
Akash
Anurag
Ashish
Bharat
Chetan
Dev
Harish
Hemant
Jai
Manish
Navin
Nikhil
Pranav
Raghav
Rajan
Sahil
Saurabh
Shankar
Sushil
Yash
Aarti
Anushka
Bhavana
Chitra
Gayatri
Kajal
Kalpana
Karishma
Madhavi
Mamta
Manisha
Nandini
Nidhi
Pallavi
Parvati
Pratibha
Radhika
Rakhi
Ranjana
Richa
Shalini
Shreya
Smita
Suman
Supriya
Sushmita
Trisha
Kangana
Tabu
Sania
Saina
Sakshi
Gurdeep
Gurpreet
Harpreet
Harjit
Jaswinder
Jasbir
Jaspal
Manpreet
Navjot
Paramjit
Parminder
Rajinder
Ranjit
Sukhwinder
Sukhbir
Surinder
Amarjit
Balbir
Baljit
Daljit
Gurinder
Gurmeet
Inderjit
Jagjit
Mandeep
Manjit
Narinder
Satnam
Amrinder
Amarinder
Bhagwant
Milkha
Hardeep
Harmeet
Harvinder
Jagmeet
Sukhdev
Simran
Navneet
Hasina
Khaleda
Ziaur
Mujibur
Tarique
Sajeeb
Abul
Fazlul
Mashrafe
Shakib
Mushfiqur
Mustafizur
Mahmudullah
Taslima
Partha
Arnab
Abhijit
Indrajit
Abdul-Hamid
Nasreen
Rajinikanth
Ajith
Suriya
Dhanush
Madhavan
Venkatesh
Karthik
Ganesh
Viswanathan
Meenakshi
Kavitha
Vijaya
Devi
Jayalalitha
Ashwin
Mahinda
Gotabaya
Ranil
Chandrika
Maithripala
Sirimavo
Sajith
Anura
Lakshman
Muttiah
Sanath
Aravinda
Arjuna
Mahela
Lasith
Pushpa
Gyanendra
Prachanda

# Chinese, Taiwanese, Japanese, Korean, Indonesian, Filipino, Thai and Malaysian
Jinping
Jiabao
Jintao
Zemin
Keqiang
Xiaoping
Zedong
Enlai
Rongji
Ziyang
Yaobang
Jiechi
Xiaobo
Weiwei
Yimou
Ziyi
Xiang
Guangcheng
Xilai
Yongkang
Xiaochuan
Xiaoming
Qiang
Shaoqi
Mingxia
Jingjing
Lili
Chee-hwa
Shui-bian
Ying-jeou
Teng-hui
Ing-wen
Kai-shek
Ching-kuo
Yat-sen
Yun-fat
Yu-na
Junichiro
Shinzo
Yasuo
Taro
Naoto
Yoshihiko
Yukio
Fumio
Yoshihide
Shigeru
Akihito
Naruhito
Hirohito
Masako
Kiko
Haruki
Hayao
Akira
Takeshi
Kenji
Hiroshi
Koji
Kazuo
Takashi
Ichiro
Hideki
Hidetoshi
Shunsuke
Keisuke
Shinji
Yuko
Yoko
Sachiko
Yumi
Aiko
Hanako
Ryuichi
Kiyoshi
Makoto
Satoshi
Yuki
Yusuke
Daisuke
Kenichi
Masahiro
Masato
Naoki
Osamu
Ryo
Shinichi
Tetsuya
Tomoko
Toshiro
Yoshiro
Yasunari
Kenzaburo
Shintaro
Michiko
Kaori
Mariko
Megumi
Noriko
Rie
Yoshiko
Hitomi
Ayumi
Akiko
Hiroko
Junko
Kazuko
Kyoko
Yukiko
Hiroki
Kazuki
Tatsuya
Hajime
Jiro
Koichi
Takeo
Tomoyuki
Hideo
Katsuya
Akio
Shohei
Kei
Ayako
Kazuhiro
Yuzuru
Miki
Seiji
Toru
Yuriko
Renho
Sanae
Wataru
Masayoshi
Hiro
Moe
Sakura
Erika
Moo-hyun
Dae-jung
Myung-bak
Geun-hye
Jae-in
Suk-yeol
Young-sam
Tae-woo
Doo-hwan
Chung-hee
Syng-man
Ki-moon
Jong-il
Jong-un
Il-sung
Yo-jong
Sol-ju
Kun-hee
Jae-yong
Ji-sung
Heung-min
Chan-ho
Ji-hoon
Jae-myung
Bong-joon
Chan-wook
Susilo
Bambang
Megawati
Joko
Abdurrahman
Suharto
Sukarno
Prabowo
Wiranto
Agus
Budi
Wahyu
Jusuf
Anies
Basuki
Ani
Adi
Siti
Nurul
Corazon
Benigno
Ninoy
Noynoy
Leni
Bongbong
Kris
Tito
Thaksin
Yingluck
Abhisit
Prayuth
Prayut
Surayud
Samak
Somchai
Bhumibol
Vajiralongkorn
Sirikit
Sirindhorn
Srettha
Paetongtarn
Thanathorn
Mahathir
Najib
Muhyiddin
Azizah
Rosmah
Rahim

# African (Nigerian, Ghanaian, Kenyan, Ethiopian, West and Southern African) and Hebrew
Olusegun
Umaru
Goodluck
Muhammadu
Bola
Atiku
Yakubu
Sani
Nnamdi
Obafemi
Chinua
Wole
Chimamanda
Ngozi
Seun
Femi
Adebayo
Adewale
Ayodele
Babatunde
Chidi
Chike
Chinedu
Emeka
Ifeanyi
Jide
Kayode
Kunle
Nkechi
Obinna
Okey
Olu
Oluwole
Segun
Tunde
Uche
Yemi
Yinka
Adaeze
Adaora
Amaka
Chiamaka
Chioma
Funke
Ifeoma
Nneka
Tolu
Toyin
Yetunde
Abubakar
Aminu
Bukola
Dapo
Dele
Fela
Chibuike
Kelechi
Efe
Bisi
Murtala
Lamido
Aliko
Ahmadu
Kingsley
Ayo
Tobi
Wale
Kemi
Ijeoma
Uchenna
Jay-Jay
Nwankwo
Samson
Uhuru
Mwai
Raila
Jomo
Kalonzo
Musalia
Wangari
Ngugi
Lupita
Eliud
Wanjiku
Wanjiru
Achieng
Akinyi
Atieno
Auma
Barack
Kenenisa
Haile
Tirunesh
Meseret
Abebe
Derartu
Meles
Abiy
Hailemariam
Mengistu
Tewodros
Tedros
Sahle-Work
Almaz
Girma
Yohannes
Tesfaye
Alemayehu
Isaias
Kofi
Kojo
Yaw
Kwasi
Ama
Emmerson
Jakaya
Yoweri
Idi
Juvenal
Salva
Riek
Alassane
Macky
Abdoulaye
Léopold
Amadou
Mamadou
Ousmane
Oumar
Seydou
Souleymane
Boubacar
Ibrahima
Cheikh
Idrissa
Fatou
Aminata
Mariama
Aissatou
Awa
Sadio
Yaya
Kolo
Asamoah
Thabo
Kgalema
Mmusi
Themba
Thandi
Thandiwe
Thulani
Sipho
Sibusiso
Siyabonga
Bongani
Lindiwe
Nomvula
Nomsa
Nkosazana
Nkosinathi
Mandla
Lwazi
Lerato
Palesa
Mpho
Tshepo
Thato
Kagiso
Kabelo
Karabo
Lesego
Naledi
Neo
Zanele
Dumisani
Jabulani
Mandisa
Nokuthula
Sizwe
Vusi
Xolani
Pravin
Gwede
Fikile
Siya
Temba
Schalk
Jannie
Koos
Naas
Gerrie
Riaan
Ruan
Wikus
Marthinus
Tertius
Jaco
Morne
Morné
Faf
Hansie
Herschelle
Tendai
Tatenda
Tinashe
Tafadzwa
Farai
Chipo
Rudo
Nyasha
Tsitsi
Chenai
Kudakwashe
Moise
Moïse
Jeannette
Juvénal
Adama
Hage
Lazarus
Festus
Joaquim
Samora
Ariel
Ehud
Binyamin
Bibi
Shimon
Yitzhak
Yitzchak
Menachem
Moshe
Avigdor
Tzipi
Golda
Amos
Avi
Avraham
Avner
Eliezer
Eitan
Gilad
Haim
Chaim
Ilan
Itzhak
Meir
Mordechai
Naftali
Nachum
Natan
Oded
Ofer
Reuven
Ronen
Shaul
Shlomo
Shai
Shmuel
Tal
Uri
Yair
Yaakov
Yaacov
Yael
Yehuda
Yigal
Yigael
Yoav
Yonatan
Yossi
Yosef
Zeev
Ze'ev
Zvi
Tzvi
Dov
Arieh
Aryeh
Amnon
Aharon
Ami
Dorit
Hadas
Limor
Liora
Miri
Naama
Noa
Orly
Rivka
Shira
Shulamit
Talia
Tzipora
Yehudit
Ayelet
Gali
Keren
Inbal
Merav
Shelly
Nir
Elad
Yoram
Yehoshua
Boaz
Doron
Eyal
Lior
Nadav
Oren
Rafi
Roni
Yaron
Yuval
Ziv
Zohar
Gabi
Gabby
Hagai
Idan
Ido
Kobi
Yisrael
Mendel
Chaya
Devorah
Hadassah
Malka
Ronit
Tova
Varda
Idit
Ilana
Orit
Yehudah
Revital

# More English-language names and short forms, and first names of well-known public figures
Mo
Stu
Gill
Mel
Steph
Trish
Ike
Jeb
Newt
Mitt
Rahm
Tulsi
Beto
Ivanka
Melania
Elon
Sheryl
Oprah
Beyonce
Beyoncé
Condoleezza
Malia
Kanye
Aaliyah
Jada
Latoya
DeAndre
Alexandria
Ilhan
Rashida
Ayanna
Kyrsten
Patty
Jacinda
Jacqui
Bronwyn
Cate
Suella
Nadhim
Arlene
Humza
Priti
Sajid
Pep
Rafa
Seve
Lando
Ayrton
Jenson
Seb
Ashleigh
Raheem
Bukayo
Pierre-Emerick
Ange
Sven-Goran
Sven-Göran
Enya
Dua
Zayn
Keanu
Renée
Halle
Nigella
Heston
Ka-shing
Madonna
Kirstie
Jean-Bertrand

# Also common English words
# (ordinary English words, adjectives and particles)
Basil
Bill
Cliff
Dale
Dean
Dick
Don
Frank
Gene
Glen
Grant
Guy
Jay
Kit
Lance
Les
Mark
Mason
Max
Miles
Nick
Norman
Pat
Ray
Rob
Robin
Rod
Victor
Warren
Ace
Art
Buck
Bud
Buddy
Chance
Chip
Chuck
Clay
Dane
Del
Drake
Drew
Finn
Heath
Hunter
Marshall
Pierce
Reed
Roman
Rusty
Sandy
Sterling
Van
Wade
Woody
Tiger
April
Carol
Dawn
Eve
Felicity
Fern
Grace
Hazel
Heather
Holly
Iris
Ivy
Jade
Jan
Jasmine
Joy
June
Lily
Olive
Penny
Poppy
Prudence
Rose
Rosemary
Ruby
Sue
Violet
Amber
Autumn
Candy
Charity
Cherry
Coral
Crystal
Dahlia
Destiny
Ebony
Ginger
Harmony
Honor
Honour
Hope
Jewel
Liberty
Melody
Mercy
Misty
Opal
Patience
Pearl
Piper
Primrose
Raven
Saffron
Sage
Skye
Summer
Sunny
Trinity
Willow
Delta
Christian
Till
Wolf
Mats
Per
Eden
Rune
Tor
Tore
Odd
Sami
Angel
Pal
Ion
Ante
Can
Said
Jihad
Rim
Hind
May
Ram
Karma
Jet
Uzi
Aviv
Gal
Di
Des
Will
Faith
Rich
August
Brook
Chase
Dot
Dusty
Gale
Honey
River
Rocky
Sky
Storm
Wren
Blossom
Buster
Al
Ash
Cat
Nan
Peg
Pip
Precious
Blessing
Sunday
Venus
Rand
Jun
Gay
# (also names of countries, capitals, other well-known places, or well-known organisations)
Austin
Chester
Jordan
Chad
Devon
Kent
Kerry
Lincoln
Orlando
Preston
Tyrone
Warwick
Everton
Rio
Chelsea
Florence
Georgia
Madison
Regina
Victoria
Virginia
Adelaide
Aurora
Brooklyn
Dakota
India
Mercedes
Paris
Savannah
Shannon
Sierra
Sydney
Mali
Santiago
Lourdes
Montserrat
Sofia
Carolina
Washington
Wellington
Abu

"""##,
    "non-names.txt": ##"""
# Capitalised words that are not names of people, organisations or places when they stand alone:
# adjectives of religion, region and ideology, languages, holidays and other common capitalised
# words of news English. A longer name that contains one ("Islamic Jihad") is still a name.
# Origin: written for reportconv from English usage.
Muslim
Muslims
Christian
Christians
Islamic
Islamist
Islamists
Sunni
Sunnis
Shia
Shias
Shiite
Shiites
Sufi
Jewish
Jew
Jews
Hindu
Hindus
Buddhist
Buddhists
Sikh
Sikhs
Catholic
Catholics
Protestant
Protestants
Orthodox
Anglican
Evangelical
Western
Eastern
Northern
Southern
Central
European
Europeans
African
Africans
Asian
Asians
Arab
Arabs
Arabic
Latin
Nordic
Scandinavian
Caribbean
Pacific
Atlantic
Middle
Marxist
Communist
Communists
Socialist
Socialists
Nazi
Nazis
Tory
Labourite
Democrat
Republican
Conservative
Liberal
Green
Christmas
Easter
Ramadan
Eid
Diwali
Hanukkah
Thanksgiving
Halloween
New Year
God
Internet
Web
English
French
German
Spanish
Italian
Chinese
Japanese
Russian
Mandarin
Cantonese
Hindi
Urdu
Farsi
Persian
Pashto
Dari
Hebrew
OK
TV
PC
PCs
CEO
GDP
DVD
DVDs
CD
CDs
MP
MPs
MEP
MEPs
AM
PM
GMT
BST
UTC

"""##,
    "organization-words.txt": ##"""
# Words that make a capitalised name an organisation's: word | subtype | where it stands.
# "last" = the name's last word ("Haqqani Network", "Acme Ltd"); "head" = the first word of a
# name built with "of" ("Department of Defence", "Bank of England"); "both" = either.
# Subtypes: government-body, armed-group, company, party, news-outlet, sports-club, court,
# education, international, union, ngo, religious, organization (when nothing finer is clear).
# Origin: written for reportconv from English naming conventions for organisations.
Department|government-body|both
Ministry|government-body|both
Office|government-body|both
Agency|government-body|both
Administration|government-body|both
Authority|government-body|both
Commission|government-body|both
Committee|government-body|both
Council|government-body|both
Government|government-body|last
Parliament|government-body|both
Assembly|government-body|both
Senate|government-body|last
Congress|government-body|both
Cabinet|government-body|last
Treasury|government-body|last
Bureau|government-body|both
Service|government-body|both
Executive|government-body|last
Inspectorate|government-body|last
Regulator|government-body|last
Board|organization|both
Court|court|both
Tribunal|court|both
Army|armed-group|both
Navy|armed-group|both
Air Force|armed-group|last
Forces|armed-group|both
Force|armed-group|last
Guard|armed-group|last
Guards|armed-group|last
Militia|armed-group|last
Brigade|armed-group|last
Brigades|armed-group|last
Network|organization|last
Movement|organization|last
Front|armed-group|last
Police|government-body|last
Constabulary|government-body|last
Party|party|both
Democrats|party|last
Republicans|party|last
Alliance|organization|last
Coalition|organization|last
League|organization|both
Union|union|both
Federation|organization|both
Confederation|organization|both
Association|organization|both
Society|organization|both
Institute|education|both
Institution|organization|both
Foundation|ngo|both
Trust|ngo|both
Fund|organization|both
Charity|ngo|last
Campaign|ngo|last
Organisation|organization|both
Organization|organization|both
Group|company|last
Company|company|last
Co|company|last
Co.|company|last
Corporation|company|both
Corp|company|last
Corp.|company|last
Inc|company|last
Inc.|company|last
Ltd|company|last
Ltd.|company|last
Limited|company|last
plc|company|last
PLC|company|last
LLC|company|last
AG|company|last
SA|company|last
GmbH|company|last
NV|company|last
Holdings|company|last
Industries|company|last
Enterprises|company|last
Partners|company|last
Bank|company|both
Bancorp|company|last
Capital|company|last
Securities|company|last
Insurance|company|last
Investments|company|last
Airlines|company|last
Airways|company|last
Motors|company|last
Motor|company|last
Electronics|company|last
Systems|company|last
Technologies|company|last
Technology|company|last
Software|company|last
Computing|company|last
Communications|company|last
Telecom|company|last
Telecommunications|company|last
Networks|company|last
Pharmaceuticals|company|last
Energy|company|last
Petroleum|company|last
Oil|company|last
Mining|company|last
Entertainment|company|last
Studios|company|last
Pictures|company|last
Records|company|last
Games|company|last
Media|company|last
Publishing|company|last
Stores|company|last
Exchange|organization|last
News|news-outlet|last
Times|news-outlet|last
Post|news-outlet|last
Journal|news-outlet|last
Herald|news-outlet|last
Telegraph|news-outlet|last
Gazette|news-outlet|last
Tribune|news-outlet|last
Chronicle|news-outlet|last
Observer|news-outlet|last
Magazine|news-outlet|last
Radio|news-outlet|both
Television|news-outlet|last
TV|news-outlet|last
Channel|news-outlet|last
Broadcasting|news-outlet|last
University|education|both
College|education|both
School|education|both
Academy|education|both
Church|religious|both
Diocese|religious|both
Mosque|religious|last
United|sports-club|last
City|sports-club|last
Rovers|sports-club|last
Wanderers|sports-club|last
Athletic|sports-club|last
Albion|sports-club|last
Hotspur|sports-club|last
FC|sports-club|last
RFC|sports-club|last
Club|sports-club|last
Team|sports-club|last
Hotels|company|last
Resorts|company|last
Auto|company|last
Automobiles|company|last
Research|company|last
Labs|company|last
Laboratories|company|last
Consulting|company|last
Solutions|company|last
Services|company|last
Brands|company|last
Foods|company|last
Productions|company|last

"""##,
    "organizations.txt": ##"""
# Widely known organisations that the text often names by acronym or short name alone:
# name | other names and abbreviations (comma-separated) | subtype.
# Sections: international bodies, governments, parties, armed groups, news outlets and companies
# first (the original list), then companies by sector, news outlets, sports clubs and sports bodies,
# governments and institutions, courts, police and armed forces, parties, unions, charities and
# think tanks, religious bodies and universities.
# Names and aliases that are also a country, a capital, a town standing alone ("Liverpool",
# "Leeds") or an ordinary word ("United", "City", "Sun", "Times", "Total", "Next") are left out,
# except a few words that capitalised mid-sentence nearly always mean the organisation (Orange,
# Sky, Variety, Billboard, Commons, Senate, Congress, Treasury).
# Origin: written for reportconv by its developers from general knowledge of international bodies,
# governments, parties, companies, news outlets and sports clubs; not drawn from any test article.
United Nations|UN,U.N.|international
United Nations Security Council|UN Security Council,Security Council|international
North Atlantic Treaty Organization|Nato,NATO,North Atlantic Treaty Organisation|international
European Union|EU,E.U.|international
European Commission|Commission|international
European Parliament||international
European Central Bank|ECB|international
International Monetary Fund|IMF|international
World Bank||international
World Trade Organization|WTO,World Trade Organisation|international
World Health Organization|WHO,World Health Organisation|international
Organisation of the Petroleum Exporting Countries|Opec,OPEC|international
Organisation for Economic Co-operation and Development|OECD|international
African Union|AU|international
Association of Southeast Asian Nations|Asean,ASEAN|international
Arab League||international
International Criminal Court|ICC|court
International Atomic Energy Agency|IAEA|international
Red Cross|International Committee of the Red Cross,ICRC|ngo
Amnesty International|Amnesty|ngo
Human Rights Watch||ngo
Greenpeace||ngo
Oxfam||ngo
Medecins Sans Frontieres|MSF,Doctors Without Borders|ngo
International Olympic Committee|IOC|sports-body
Fifa|FIFA|sports-body
Uefa|UEFA|sports-body
Federal Bureau of Investigation|FBI|government-body
Central Intelligence Agency|CIA|government-body
National Security Agency|NSA|government-body
Department of Defense|Pentagon,DoD|government-body
Department of Homeland Security|DHS|government-body
Securities and Exchange Commission|SEC|government-body
Federal Reserve|Fed,US Federal Reserve|government-body
Federal Communications Commission|FCC|government-body
Federal Trade Commission|FTC|government-body
Food and Drug Administration|FDA|government-body
National Aeronautics and Space Administration|Nasa,NASA|government-body
White House||government-body
Kremlin||government-body
Downing Street||government-body
Bank of England|BoE|government-body
Ministry of Defence|MoD|government-body
National Health Service|NHS|government-body
Crown Prosecution Service|CPS|government-body
Office of Fair Trading|OFT|government-body
Ofcom||government-body
Metropolitan Police|Met Police,Scotland Yard|government-body
MI5||government-body
MI6||government-body
Conservative Party|Conservatives,Tories,Tory Party|party
Labour Party|Labour|party
Liberal Democrats|Lib Dems,Liberal Democrat Party|party
Scottish National Party|SNP|party
Plaid Cymru||party
UK Independence Party|UKIP,Ukip|party
Democratic Party||party
Republican Party|GOP|party
Taliban||armed-group
al-Qaeda|al-Qaida,Al Qaeda,Al-Qaeda|armed-group
Islamic State|IS,ISIS,ISIL,Daesh|armed-group
Hamas||armed-group
Hezbollah|Hizbollah|armed-group
IRA|Irish Republican Army|armed-group
BBC|British Broadcasting Corporation|news-outlet
ITV||news-outlet
Channel 4||news-outlet
Sky News||news-outlet
CNN||news-outlet
Reuters||news-outlet
Associated Press|AP|news-outlet
Agence France-Presse|AFP|news-outlet
Al Jazeera|Al-Jazeera|news-outlet
New York Times||news-outlet
Washington Post||news-outlet
Financial Times|FT|news-outlet
Wall Street Journal|WSJ|news-outlet
The Guardian|Guardian|news-outlet
The Times||news-outlet
Bloomberg||news-outlet
Microsoft||company
Google||company
Apple||company
IBM||company
Intel||company
Sony||company
Nintendo||company
Samsung||company
Nokia||company
Motorola||company
Yahoo||company
Amazon||company
eBay||company
AOL||company
Toyota||company
General Motors|GM|company
Ford||company
Boeing||company
Airbus||company
Shell|Royal Dutch Shell|company
BP||company
Gazprom||company
Vodafone||company
BT|British Telecom|company
Tesco||company
Sainsbury's|Sainsbury|company
Walmart|Wal-Mart|company
Coca-Cola||company
McDonald's||company
Nike||company
Disney|Walt Disney|company
Time Warner||company
Vivendi||company
News Corporation|News Corp|company

# ---- Companies (subtype company), by sector ----
# Car and vehicle makers, tyres
Volkswagen|VW,Volkswagen Group|company
Audi||company
BMW|Bayerische Motoren Werke|company
Mercedes-Benz|Mercedes,Mercedes Benz|company
Daimler|DaimlerChrysler,Daimler AG|company
Porsche||company
Renault||company
Peugeot|PSA Peugeot Citroen,PSA Peugeot Citroën,PSA Group|company
Citroen|Citroën|company
Fiat|Fiat Chrysler,Fiat Chrysler Automobiles|company
Ferrari||company
Maserati||company
Alfa Romeo||company
Lancia||company
Lamborghini||company
Honda|Honda Motor|company
Nissan||company
Mazda||company
Mitsubishi|Mitsubishi Motors,Mitsubishi Corporation,Mitsubishi Heavy Industries|company
Subaru||company
Suzuki|Suzuki Motor|company
Hyundai|Hyundai Motor|company
Kia|Kia Motors|company
Tata Group|Tata|company
Tata Motors||company
Chrysler||company
Chevrolet|Chevy|company
Tesla|Tesla Motors|company
Jaguar|Jaguar Cars|company
Land Rover|Jaguar Land Rover,JLR|company
MG Rover|Rover,Rover Group|company
Aston Martin||company
Bentley|Bentley Motors|company
Rolls-Royce|Rolls-Royce Motor Cars,Rolls-Royce Holdings|company
Vauxhall|Vauxhall Motors|company
Opel||company
Volvo|Volvo Cars|company
Saab||company
Skoda|Škoda|company
SEAT||company
BYD||company
Michelin||company
# Technology, electronics, internet and video games
Sony Ericsson||company
Siemens||company
Philips|Royal Philips|company
Ericsson||company
LG|LG Electronics|company
Panasonic|Matsushita|company
Toshiba||company
Hitachi||company
Kodak|Eastman Kodak|company
Hewlett-Packard|HP|company
Dell||company
Compaq||company
Lenovo||company
Huawei||company
AMD|Advanced Micro Devices|company
Nvidia||company
Cisco|Cisco Systems|company
Oracle||company
SAP||company
Sun Microsystems||company
Research In Motion|RIM,BlackBerry|company
Facebook|Meta,Meta Platforms|company
Twitter||company
Instagram||company
WhatsApp||company
YouTube||company
TikTok||company
MySpace||company
Napster||company
Skype||company
PayPal||company
Netflix||company
Spotify||company
Uber||company
Airbnb||company
Alibaba||company
Tencent||company
Baidu||company
SpaceX||company
Symantec||company
McAfee||company
Kaspersky Lab|Kaspersky|company
Gartner||company
Forrester|Forrester Research|company
IDC|International Data Corporation|company
Ipsos MORI|Ipsos|company
YouGov||company
Gallup||company
Sega||company
Electronic Arts|EA|company
Activision|Activision Blizzard|company
# Telecoms and cable
Orange||company
T-Mobile||company
O2|Telefonica O2|company
Deutsche Telekom||company
France Telecom||company
Telefonica|Telefónica|company
SoftBank||company
Reliance Industries|Reliance|company
Verizon||company
AT&T||company
Sprint Nextel|Sprint Corporation|company
Comcast||company
Alcatel-Lucent|Alcatel,Lucent|company
NTL||company
Virgin Media||company
TalkTalk||company
# Banks, insurers, exchanges and professional firms
HSBC||company
Barclays||company
Lloyds Banking Group|Lloyds TSB,Lloyds|company
Royal Bank of Scotland|RBS|company
NatWest||company
HBOS||company
Santander|Banco Santander|company
Northern Rock||company
Nationwide Building Society||company
Standard Chartered||company
Prudential||company
Aviva||company
London Stock Exchange||company
Lloyd's of London|Lloyd's|company
Citigroup|Citi,Citibank|company
JPMorgan Chase|JP Morgan,JPMorgan,J.P. Morgan|company
Bank of America||company
Goldman Sachs|Goldman|company
Morgan Stanley||company
Merrill Lynch||company
Lehman Brothers|Lehman|company
Bear Stearns||company
Wells Fargo||company
American International Group|AIG|company
Berkshire Hathaway||company
BlackRock||company
Fannie Mae||company
Freddie Mac||company
American Express|Amex|company
Mastercard|MasterCard|company
Blackstone|Blackstone Group|company
New York Stock Exchange|NYSE|company
Nasdaq||company
Moody's||company
Standard & Poor's|S&P|company
Deutsche Bank||company
UBS||company
Credit Suisse||company
BNP Paribas||company
Societe Generale|Société Générale,SocGen|company
ING|ING Group|company
ABN Amro||company
Allianz||company
AXA||company
Industrial and Commercial Bank of China|ICBC|company
Bank of China||company
Deloitte||company
PricewaterhouseCoopers|PwC|company
KPMG||company
Ernst & Young||company
McKinsey|McKinsey & Company|company
# Oil, gas, power and mining
ExxonMobil|Exxon,Exxon Mobil,Mobil|company
Chevron|ChevronTexaco|company
ConocoPhillips||company
TotalEnergies|Total SA|company
Eni||company
Statoil|Equinor|company
Petrobras||company
PDVSA||company
Pemex||company
Saudi Aramco|Aramco|company
Rosneft||company
Halliburton||company
Enron||company
British Gas||company
Centrica||company
EDF|EDF Energy,Électricité de France|company
National Grid||company
Tokyo Electric Power|Tepco|company
BHP Billiton|BHP|company
Rio Tinto||company
Anglo American||company
Glencore||company
De Beers||company
ArcelorMittal|Arcelor,Mittal Steel|company
# Aerospace, defence, engineering and industry
EADS||company
BAE Systems|BAE|company
Lockheed Martin||company
Northrop Grumman||company
Raytheon||company
General Electric|GE|company
# Airlines, travel, transport and logistics
British Airways|BA|company
Virgin Atlantic||company
Virgin Group||company
easyJet|EasyJet|company
Ryanair||company
Aer Lingus||company
Air France||company
KLM|Air France-KLM|company
Lufthansa||company
Emirates Airline||company
Singapore Airlines||company
Qantas||company
American Airlines||company
United Airlines||company
Delta Air Lines||company
Thomas Cook||company
FedEx||company
United Parcel Service|UPS|company
DHL||company
Royal Mail||company
Post Office||company
Network Rail||company
Eurostar||company
Eurotunnel||company
National Express||company
BAA||company
# Retail, food, drink and consumer goods
Asda||company
Morrisons|Wm Morrison|company
Waitrose||company
John Lewis Partnership||company
Marks & Spencer|M&S,Marks and Spencer|company
Debenhams||company
Harrods||company
Boots|Alliance Boots|company
WH Smith|WHSmith|company
HMV||company
Woolworths||company
Argos||company
Dixons|DSG International|company
Primark||company
Burberry||company
Aldi||company
Lidl||company
Carrefour||company
Ikea|IKEA|company
Starbucks||company
Burger King||company
KFC||company
Nestle|Nestlé|company
Unilever||company
Procter & Gamble|P&G|company
Kraft|Kraft Foods|company
PepsiCo|Pepsi|company
Cadbury|Cadbury Schweppes|company
Diageo||company
SABMiller||company
Anheuser-Busch|AB InBev,InBev|company
Heineken||company
Guinness||company
LVMH||company
Kellogg's|Kellogg|company
British American Tobacco|BAT|company
Philip Morris|Philip Morris International,Altria|company
L'Oreal|L'Oréal|company
Johnson & Johnson||company
# Pharmaceuticals
GlaxoSmithKline|GSK|company
AstraZeneca||company
Pfizer||company
Merck||company
Novartis||company
Roche|Hoffmann-La Roche|company
Sanofi|Sanofi-Aventis|company
Bayer||company
Eli Lilly||company
Moderna||company
BioNTech||company
# Hotels
Hilton Hotels|Hilton Worldwide|company
Marriott International||company
# Services, construction and advertising
Capita||company
Serco||company
G4S||company
WPP||company
Saatchi & Saatchi||company
# Media and entertainment companies
Warner Bros|Warner Brothers,Warner Bros.|company
Warner Music Group|Warner Music|company
Universal Music Group|Universal Music|company
Universal Pictures|Universal Studios|company
NBC Universal|NBCUniversal|company
Paramount Pictures|Paramount|company
EMI|EMI Group|company
BMG|Bertelsmann Music Group|company
Sony BMG||company
Sony Music|Sony Music Entertainment|company
Sony Pictures|Sony Pictures Entertainment|company
20th Century Fox|Twentieth Century Fox|company
Metro-Goldwyn-Mayer|MGM|company
DreamWorks||company
Pixar||company
Miramax||company
Island Records||company
Virgin Records||company
Atlantic Records||company
Parlophone||company
Viacom||company
Bertelsmann||company
Thomson Reuters||company

# ---- Newspapers, magazines, news agencies and broadcasters (subtype news-outlet) ----
# UK and Irish newspapers
The Sun||news-outlet
Daily Mirror|The Mirror|news-outlet
Daily Mail||news-outlet
Mail on Sunday||news-outlet
Daily Express||news-outlet
Daily Star||news-outlet
The Independent||news-outlet
Independent on Sunday||news-outlet
The Observer||news-outlet
The Daily Telegraph|Daily Telegraph,Telegraph,The Telegraph|news-outlet
Sunday Telegraph||news-outlet
Sunday Times||news-outlet
Sunday Mirror||news-outlet
News of the World||news-outlet
Evening Standard|London Evening Standard|news-outlet
Morning Star||news-outlet
The Scotsman||news-outlet
The Herald|Glasgow Herald|news-outlet
Daily Record||news-outlet
Belfast Telegraph||news-outlet
Irish Times||news-outlet
Irish Independent||news-outlet
# UK magazines and trade press
The Economist|Economist|news-outlet
Private Eye||news-outlet
New Statesman||news-outlet
The Spectator||news-outlet
Radio Times||news-outlet
NME|New Musical Express|news-outlet
The Lancet|Lancet|news-outlet
New Scientist||news-outlet
British Medical Journal|BMJ|news-outlet
# US and international newspapers, magazines and websites
USA Today||news-outlet
Los Angeles Times|LA Times|news-outlet
Chicago Tribune||news-outlet
Boston Globe||news-outlet
New York Post||news-outlet
New York Daily News||news-outlet
Time magazine||news-outlet
Newsweek||news-outlet
Rolling Stone||news-outlet
Variety||news-outlet
Billboard||news-outlet
The Hollywood Reporter|Hollywood Reporter|news-outlet
Forbes||news-outlet
BusinessWeek|Business Week|news-outlet
Vanity Fair||news-outlet
Vogue||news-outlet
The New Yorker||news-outlet
ZDNet||news-outlet
CNET|CNet|news-outlet
Drudge Report||news-outlet
Huffington Post|HuffPost|news-outlet
Politico||news-outlet
BuzzFeed|BuzzFeed News|news-outlet
Le Monde||news-outlet
Le Figaro||news-outlet
Der Spiegel|Spiegel|news-outlet
Die Zeit||news-outlet
Frankfurter Allgemeine Zeitung|FAZ,Frankfurter Allgemeine|news-outlet
Süddeutsche Zeitung|Sueddeutsche Zeitung|news-outlet
Bild|Bild-Zeitung|news-outlet
El País|El Pais|news-outlet
El Mundo||news-outlet
La Repubblica||news-outlet
Corriere della Sera||news-outlet
La Stampa||news-outlet
Haaretz||news-outlet
Jerusalem Post||news-outlet
Times of India||news-outlet
Hindustan Times||news-outlet
The Hindu||news-outlet
Pravda||news-outlet
Izvestia||news-outlet
Kommersant||news-outlet
People's Daily||news-outlet
China Daily||news-outlet
South China Morning Post||news-outlet
Nikkei||news-outlet
Sydney Morning Herald||news-outlet
Globe and Mail||news-outlet
Al-Ahram|Al Ahram|news-outlet
# News agencies
Press Association||news-outlet
United Press International|UPI|news-outlet
Dow Jones|Dow Jones Newswires|news-outlet
Deutsche Presse-Agentur|DPA|news-outlet
ANSA||news-outlet
EFE||news-outlet
Press Trust of India||news-outlet
Xinhua|Xinhua News Agency|news-outlet
Itar-Tass|ITAR-TASS,Tass|news-outlet
RIA Novosti||news-outlet
Interfax||news-outlet
Kyodo|Kyodo News|news-outlet
Yonhap||news-outlet
# Broadcasters
British Sky Broadcasting|BSkyB,Sky,Sky UK|news-outlet
Sky Sports||news-outlet
Channel 5|Channel Five|news-outlet
S4C||news-outlet
ITN||news-outlet
BBC News|BBC News Online|news-outlet
BBC World Service||news-outlet
BBC One|BBC1|news-outlet
BBC Two|BBC2|news-outlet
BBC Radio 4|Radio 4|news-outlet
BBC Radio 5 Live|Radio 5 Live,Five Live|news-outlet
Classic FM||news-outlet
RTE|RTÉ|news-outlet
NBC|National Broadcasting Company|news-outlet
CBS||news-outlet
American Broadcasting Company|ABC|news-outlet
Australian Broadcasting Corporation||news-outlet
Canadian Broadcasting Corporation|CBC|news-outlet
Fox Broadcasting Company|Fox Network|news-outlet
Fox News|Fox News Channel|news-outlet
MSNBC||news-outlet
CNBC||news-outlet
HBO||news-outlet
MTV||news-outlet
ESPN||news-outlet
Nickelodeon||news-outlet
Discovery Channel||news-outlet
National Public Radio|NPR|news-outlet
Public Broadcasting Service|PBS|news-outlet
Voice of America|VOA|news-outlet
Radio Free Europe|RFE/RL,Radio Liberty|news-outlet
Russia Today|RT|news-outlet
Al Arabiya||news-outlet
Euronews||news-outlet
France 24||news-outlet
Deutsche Welle||news-outlet
ZDF||news-outlet
ARD||news-outlet
RAI||news-outlet
NHK||news-outlet

# ---- Sports clubs (subtype sports-club) ----
# Town and city names alone ("Liverpool", "Leeds", "Reading") are not given as aliases: they name
# the places far more often outside the sports pages.
# English football: Premier League and Football League clubs since the mid-2000s
Arsenal||sports-club
Aston Villa||sports-club
Barnet FC||sports-club
Barnsley FC||sports-club
Barrow AFC||sports-club
Birmingham City||sports-club
Blackburn Rovers||sports-club
Blackpool FC||sports-club
Bolton Wanderers|Trotters|sports-club
AFC Bournemouth||sports-club
Boston United||sports-club
Bradford City|Bantams|sports-club
Brentford FC||sports-club
Brighton & Hove Albion|Brighton and Hove Albion|sports-club
Bristol City||sports-club
Bristol Rovers||sports-club
Burnley FC||sports-club
Burton Albion||sports-club
Bury FC||sports-club
Cambridge United||sports-club
Cardiff City||sports-club
Carlisle United||sports-club
Charlton Athletic|Addicks|sports-club
Chelsea|Chelsea FC|sports-club
Cheltenham Town||sports-club
Chester City||sports-club
Chesterfield FC||sports-club
Colchester United||sports-club
Coventry City||sports-club
Crawley Town||sports-club
Crewe Alexandra||sports-club
Crystal Palace||sports-club
Dagenham & Redbridge|Dagenham and Redbridge|sports-club
Darlington FC||sports-club
Derby County||sports-club
Doncaster Rovers||sports-club
Everton||sports-club
Exeter City||sports-club
Fleetwood Town||sports-club
Forest Green Rovers||sports-club
Fulham|Cottagers|sports-club
Gillingham FC||sports-club
Grimsby Town||sports-club
Harrogate Town||sports-club
Hartlepool United||sports-club
Hereford United||sports-club
Huddersfield Town||sports-club
Hull City||sports-club
Ipswich Town|Tractor Boys|sports-club
Kidderminster Harriers||sports-club
Leeds United|Leeds Utd|sports-club
Leicester City||sports-club
Leyton Orient||sports-club
Lincoln City||sports-club
Liverpool FC|Liverpool Football Club|sports-club
Luton Town|Hatters|sports-club
Macclesfield Town||sports-club
Manchester City|Man City|sports-club
Manchester United|Man Utd,Man United,Red Devils|sports-club
Mansfield Town||sports-club
Middlesbrough FC|Boro|sports-club
Millwall||sports-club
Milton Keynes Dons|MK Dons|sports-club
Morecambe FC||sports-club
Newcastle United|Newcastle Utd|sports-club
Newport County||sports-club
Northampton Town||sports-club
Norwich City||sports-club
Nottingham Forest|Nott'm Forest|sports-club
Notts County||sports-club
Oldham Athletic||sports-club
Oxford United||sports-club
Peterborough United||sports-club
Plymouth Argyle||sports-club
Port Vale||sports-club
Portsmouth FC|Pompey|sports-club
Preston North End||sports-club
Queens Park Rangers|QPR|sports-club
Reading FC||sports-club
Rochdale AFC||sports-club
Rotherham United||sports-club
Rushden & Diamonds||sports-club
Salford City||sports-club
Scunthorpe United||sports-club
Sheffield United|Sheff Utd|sports-club
Sheffield Wednesday|Sheff Wed|sports-club
Shrewsbury Town||sports-club
Southampton FC||sports-club
Southend United||sports-club
Stevenage FC|Stevenage Borough|sports-club
Stockport County||sports-club
Stoke City|Potters|sports-club
Sunderland AFC|Black Cats|sports-club
Sutton United||sports-club
Swansea City||sports-club
Swindon Town||sports-club
Torquay United||sports-club
Tottenham Hotspur|Tottenham|sports-club
Tranmere Rovers||sports-club
Walsall FC||sports-club
Watford FC||sports-club
West Bromwich Albion|West Brom,Baggies|sports-club
West Ham United|West Ham|sports-club
Wigan Athletic||sports-club
Wimbledon FC||sports-club
AFC Wimbledon||sports-club
Wolverhampton Wanderers||sports-club
Wrexham AFC||sports-club
Wycombe Wanderers||sports-club
Yeovil Town||sports-club
York City||sports-club
# Scottish football
Celtic|Celtic FC,Bhoys|sports-club
Rangers|Rangers FC,Glasgow Rangers,Gers|sports-club
Heart of Midlothian|Hearts|sports-club
Hibernian|Hibs|sports-club
Aberdeen FC||sports-club
Dundee United|Dundee Utd|sports-club
Dundee FC||sports-club
Kilmarnock FC||sports-club
Motherwell FC||sports-club
St Mirren||sports-club
St Johnstone||sports-club
Inverness Caledonian Thistle|Inverness CT,Caley Thistle|sports-club
Partick Thistle||sports-club
Livingston FC||sports-club
Dunfermline Athletic||sports-club
Falkirk FC||sports-club
Hamilton Academical|Accies|sports-club
Ross County||sports-club
Queen of the South||sports-club
Raith Rovers||sports-club
Greenock Morton||sports-club
Gretna FC||sports-club
# Spain, Italy, Germany, France, the Netherlands, Portugal and other European clubs
Real Madrid||sports-club
FC Barcelona|Barca,Barça|sports-club
Atletico Madrid|Atlético Madrid,Atletico,Atlético|sports-club
Valencia CF||sports-club
Sevilla FC||sports-club
Real Betis|Betis|sports-club
Deportivo La Coruna|Deportivo La Coruña,Deportivo,Depor|sports-club
Villarreal|Villarreal CF|sports-club
Athletic Bilbao|Athletic Club|sports-club
Real Sociedad||sports-club
Celta Vigo||sports-club
Espanyol||sports-club
Osasuna||sports-club
RCD Mallorca||sports-club
Malaga CF||sports-club
Real Zaragoza||sports-club
Juventus|Juve|sports-club
AC Milan||sports-club
Inter Milan|Internazionale|sports-club
AS Roma||sports-club
Lazio|SS Lazio|sports-club
Napoli|SSC Napoli|sports-club
Fiorentina||sports-club
Sampdoria||sports-club
Parma FC||sports-club
Udinese||sports-club
Genoa CFC||sports-club
Torino FC||sports-club
Atalanta||sports-club
Bayern Munich|Bayern,Bayern München,FC Bayern|sports-club
Borussia Dortmund|BVB|sports-club
Schalke 04|Schalke|sports-club
Werder Bremen|Werder|sports-club
Hamburger SV|Hamburg SV,HSV|sports-club
Bayer Leverkusen||sports-club
VfB Stuttgart||sports-club
Borussia Monchengladbach|Borussia Mönchengladbach,Gladbach|sports-club
Hertha Berlin|Hertha BSC,Hertha|sports-club
VfL Wolfsburg||sports-club
Eintracht Frankfurt||sports-club
RB Leipzig||sports-club
Paris Saint-Germain|PSG,Paris St-Germain,Paris St Germain|sports-club
Olympique de Marseille|Olympique Marseille|sports-club
Olympique Lyonnais||sports-club
AS Monaco||sports-club
Girondins de Bordeaux||sports-club
Lille OSC||sports-club
AS Saint-Etienne||sports-club
Ajax|Ajax Amsterdam|sports-club
PSV Eindhoven|PSV|sports-club
Feyenoord||sports-club
AZ Alkmaar||sports-club
Benfica|SL Benfica|sports-club
FC Porto||sports-club
Sporting Lisbon|Sporting CP|sports-club
Galatasaray||sports-club
Fenerbahce|Fenerbahçe|sports-club
Besiktas|Beşiktaş|sports-club
Olympiakos|Olympiacos|sports-club
Panathinaikos||sports-club
Anderlecht||sports-club
Club Brugge||sports-club
Dynamo Kiev|Dynamo Kyiv|sports-club
Shakhtar Donetsk||sports-club
CSKA Moscow||sports-club
Spartak Moscow||sports-club
Zenit St Petersburg|Zenit|sports-club
Red Star Belgrade||sports-club
Rosenborg||sports-club
FC Copenhagen||sports-club
FC Basel||sports-club
Boca Juniors||sports-club
River Plate||sports-club
# Rugby union: English Premiership, Pro14 / Celtic League and leading French clubs
Bath Rugby||sports-club
Bristol Bears|Bristol Rugby|sports-club
Exeter Chiefs||sports-club
Gloucester Rugby||sports-club
Harlequins|Quins|sports-club
Leicester Tigers||sports-club
London Irish||sports-club
Wasps|London Wasps|sports-club
Newcastle Falcons||sports-club
Northampton Saints||sports-club
Sale Sharks||sports-club
Saracens||sports-club
Worcester Warriors||sports-club
Leeds Tykes|Leeds Carnegie|sports-club
Leinster Rugby||sports-club
Munster Rugby||sports-club
Ulster Rugby||sports-club
Connacht Rugby||sports-club
Glasgow Warriors||sports-club
Edinburgh Rugby||sports-club
Cardiff Blues|Cardiff Rugby|sports-club
Ospreys||sports-club
Scarlets|Llanelli Scarlets|sports-club
Newport Gwent Dragons|Dragons RFC|sports-club
Benetton Treviso|Benetton Rugby|sports-club
Zebre||sports-club
Border Reivers||sports-club
Celtic Warriors||sports-club
Stade Toulousain||sports-club
Stade Francais|Stade Français|sports-club
Clermont Auvergne|ASM Clermont Auvergne|sports-club
Biarritz Olympique||sports-club
RC Toulon||sports-club
# Rugby league: Super League
Leeds Rhinos||sports-club
Wigan Warriors||sports-club
Bradford Bulls||sports-club
Warrington Wolves||sports-club
Hull FC||sports-club
Hull Kingston Rovers|Hull KR|sports-club
Castleford Tigers||sports-club
Wakefield Trinity||sports-club
Huddersfield Giants||sports-club
Catalans Dragons||sports-club
Salford Red Devils||sports-club
# NFL
Arizona Cardinals||sports-club
Atlanta Falcons||sports-club
Baltimore Ravens||sports-club
Buffalo Bills||sports-club
Carolina Panthers||sports-club
Chicago Bears||sports-club
Cincinnati Bengals||sports-club
Cleveland Browns||sports-club
Dallas Cowboys||sports-club
Denver Broncos||sports-club
Detroit Lions||sports-club
Green Bay Packers|Packers|sports-club
Houston Texans||sports-club
Indianapolis Colts||sports-club
Jacksonville Jaguars||sports-club
Kansas City Chiefs||sports-club
Las Vegas Raiders|Oakland Raiders|sports-club
Los Angeles Chargers|San Diego Chargers|sports-club
Los Angeles Rams|St Louis Rams,St. Louis Rams|sports-club
Miami Dolphins||sports-club
Minnesota Vikings||sports-club
New England Patriots||sports-club
New Orleans Saints||sports-club
New York Giants||sports-club
New York Jets||sports-club
Philadelphia Eagles||sports-club
Pittsburgh Steelers|Steelers|sports-club
San Francisco 49ers|49ers|sports-club
Seattle Seahawks|Seahawks|sports-club
Tampa Bay Buccaneers||sports-club
Tennessee Titans||sports-club
Washington Commanders|Washington Redskins|sports-club
# NBA
Atlanta Hawks||sports-club
Boston Celtics|Celtics|sports-club
Brooklyn Nets|New Jersey Nets|sports-club
Charlotte Hornets|Charlotte Bobcats|sports-club
Chicago Bulls||sports-club
Cleveland Cavaliers||sports-club
Dallas Mavericks||sports-club
Denver Nuggets||sports-club
Detroit Pistons||sports-club
Golden State Warriors||sports-club
Houston Rockets||sports-club
Indiana Pacers||sports-club
Los Angeles Clippers|LA Clippers|sports-club
Los Angeles Lakers|LA Lakers,Lakers|sports-club
Memphis Grizzlies|Vancouver Grizzlies|sports-club
Miami Heat||sports-club
Milwaukee Bucks||sports-club
Minnesota Timberwolves||sports-club
New Orleans Pelicans|New Orleans Hornets|sports-club
New York Knicks|Knicks|sports-club
Oklahoma City Thunder|Seattle SuperSonics|sports-club
Orlando Magic||sports-club
Philadelphia 76ers|76ers,Sixers|sports-club
Phoenix Suns||sports-club
Portland Trail Blazers||sports-club
Sacramento Kings||sports-club
San Antonio Spurs||sports-club
Toronto Raptors||sports-club
Utah Jazz||sports-club
Washington Wizards||sports-club
# MLB
Arizona Diamondbacks||sports-club
Atlanta Braves||sports-club
Baltimore Orioles||sports-club
Boston Red Sox|Red Sox|sports-club
Chicago Cubs||sports-club
Chicago White Sox|White Sox|sports-club
Cincinnati Reds||sports-club
Cleveland Guardians|Cleveland Indians|sports-club
Colorado Rockies||sports-club
Detroit Tigers||sports-club
Houston Astros||sports-club
Kansas City Royals||sports-club
Los Angeles Angels|Anaheim Angels|sports-club
Los Angeles Dodgers|Dodgers|sports-club
Miami Marlins|Florida Marlins|sports-club
Milwaukee Brewers||sports-club
Minnesota Twins||sports-club
New York Mets|Mets|sports-club
New York Yankees|Yankees|sports-club
Oakland Athletics|Oakland A's|sports-club
Philadelphia Phillies||sports-club
Pittsburgh Pirates||sports-club
San Diego Padres||sports-club
San Francisco Giants||sports-club
Seattle Mariners||sports-club
St Louis Cardinals|St. Louis Cardinals|sports-club
Tampa Bay Rays|Tampa Bay Devil Rays|sports-club
Texas Rangers||sports-club
Toronto Blue Jays||sports-club
Washington Nationals|Montreal Expos|sports-club
# NHL
Anaheim Ducks|Mighty Ducks of Anaheim|sports-club
Arizona Coyotes|Phoenix Coyotes|sports-club
Boston Bruins||sports-club
Buffalo Sabres||sports-club
Calgary Flames||sports-club
Carolina Hurricanes||sports-club
Chicago Blackhawks||sports-club
Colorado Avalanche||sports-club
Columbus Blue Jackets||sports-club
Dallas Stars||sports-club
Detroit Red Wings||sports-club
Edmonton Oilers||sports-club
Florida Panthers||sports-club
Los Angeles Kings||sports-club
Minnesota Wild||sports-club
Montreal Canadiens|Canadiens|sports-club
Nashville Predators||sports-club
New Jersey Devils||sports-club
New York Islanders||sports-club
New York Rangers||sports-club
Ottawa Senators||sports-club
Philadelphia Flyers||sports-club
Pittsburgh Penguins||sports-club
San Jose Sharks||sports-club
Seattle Kraken||sports-club
St Louis Blues|St. Louis Blues|sports-club
Tampa Bay Lightning||sports-club
Toronto Maple Leafs|Maple Leafs|sports-club
Vancouver Canucks||sports-club
Vegas Golden Knights||sports-club
Washington Capitals||sports-club
Winnipeg Jets|Atlanta Thrashers|sports-club

# ---- Sports bodies and leagues (subtype sports-body) ----
Football Association|FA,The FA|sports-body
Premier League|Premiership,FA Premier League,Barclays Premiership,Barclays Premier League|sports-body
Football League|English Football League,EFL|sports-body
Scottish Premier League|SPL|sports-body
Scottish Professional Football League|SPFL|sports-body
Scottish Football Association|SFA|sports-body
Football Association of Wales|FAW|sports-body
Football Association of Ireland|FAI|sports-body
Irish Football Association|IFA|sports-body
Confederation of African Football|CAF|sports-body
Asian Football Confederation|AFC|sports-body
Concacaf|CONCACAF|sports-body
Conmebol|CONMEBOL|sports-body
Major League Soccer|MLS|sports-body
International Association of Athletics Federations|IAAF,World Athletics|sports-body
UK Athletics|UKA|sports-body
International Rugby Board|IRB,World Rugby|sports-body
Rugby Football Union|RFU|sports-body
Welsh Rugby Union|WRU|sports-body
Scottish Rugby Union|SRU,Scottish Rugby|sports-body
Irish Rugby Football Union|IRFU|sports-body
Rugby Football League|RFL|sports-body
European Rugby Cup|ERC|sports-body
International Cricket Council||sports-body
England and Wales Cricket Board||sports-body
Marylebone Cricket Club|MCC|sports-body
Federation Internationale de l'Automobile|FIA,Fédération Internationale de l'Automobile|sports-body
Formula One|F1,Formula 1|sports-body
Formula One Management|FOM|sports-body
Association of Tennis Professionals|ATP|sports-body
Women's Tennis Association|WTA|sports-body
International Tennis Federation|ITF|sports-body
Lawn Tennis Association|LTA|sports-body
All England Club|All England Lawn Tennis Club|sports-body
National Football League|NFL|sports-body
National Basketball Association|NBA|sports-body
Major League Baseball|MLB|sports-body
National Hockey League|NHL|sports-body
National Collegiate Athletic Association|NCAA|sports-body
PGA Tour||sports-body
Professional Golfers' Association|PGA|sports-body
Royal and Ancient Golf Club|R&A,Royal and Ancient|sports-body
United States Golf Association|USGA|sports-body
FIBA|International Basketball Federation|sports-body
FINA|World Aquatics|sports-body
Union Cycliste Internationale|UCI|sports-body
International Paralympic Committee|IPC|sports-body
Commonwealth Games Federation||sports-body
British Olympic Association|BOA|sports-body
London Organising Committee of the Olympic Games|Locog,LOCOG|sports-body
World Anti-Doping Agency|Wada,WADA|sports-body
UK Anti-Doping|Ukad|sports-body
UK Sport||sports-body
Sport England||sports-body
British Horseracing Authority|BHA|sports-body
Jockey Club||sports-body
World Boxing Council|WBC|sports-body
World Boxing Association|WBA|sports-body
International Boxing Federation|IBF|sports-body
World Boxing Organization|WBO|sports-body
British Boxing Board of Control||sports-body
Professional Darts Corporation|PDC|sports-body
World Snooker|WPBSA|sports-body
Court of Arbitration for Sport|CAS|court
Professional Footballers' Association|PFA|union
League Managers Association|LMA|organization

# ---- UK government departments, agencies, regulators and parliaments (subtype government-body) ----
Home Office||government-body
Foreign Office|Foreign and Commonwealth Office,FCO,FCDO|government-body
HM Treasury|Treasury|government-body
Cabinet Office||government-body
Department of Health|DoH,Department of Health and Social Care,DHSC|government-body
Department for Education|DfE,Department for Education and Skills,DfES|government-body
Department of Trade and Industry|DTI|government-body
Department for Environment, Food and Rural Affairs|Defra|government-body
Department for Work and Pensions|DWP|government-body
Department for Transport|DfT|government-body
Department for Culture, Media and Sport|DCMS|government-body
Department for International Development|DfID|government-body
Department for Business, Energy and Industrial Strategy|BEIS|government-body
Department for Communities and Local Government|DCLG|government-body
Office of the Deputy Prime Minister|ODPM|government-body
Ministry of Justice|MoJ|government-body
Northern Ireland Office|NIO|government-body
Scotland Office||government-body
Wales Office||government-body
Department of Energy and Climate Change|DECC|government-body
HM Revenue and Customs|HMRC,HM Revenue & Customs|government-body
Inland Revenue||government-body
HM Customs and Excise|Customs and Excise|government-body
Serious Fraud Office|SFO|government-body
Serious Organised Crime Agency|Soca|government-body
National Crime Agency|NCA|government-body
Health and Safety Executive|HSE|government-body
Environment Agency||government-body
Food Standards Agency||government-body
Financial Services Authority|FSA|government-body
Financial Conduct Authority|FCA|government-body
Competition Commission||government-body
Competition and Markets Authority|CMA|government-body
Ofgem||government-body
Ofwat||government-body
Ofsted||government-body
Charity Commission||government-body
Electoral Commission||government-body
Information Commissioner's Office|ICO|government-body
Independent Police Complaints Commission||government-body
Commission for Racial Equality|CRE|government-body
Equality and Human Rights Commission|EHRC|government-body
National Audit Office|NAO|government-body
Office for National Statistics|ONS|government-body
Office for Budget Responsibility|OBR|government-body
Met Office||government-body
Driver and Vehicle Licensing Agency|DVLA|government-body
UK Border Agency|UKBA|government-body
National Institute for Health and Clinical Excellence|NICE|government-body
Arts Council England|Arts Council|government-body
British Council||government-body
Government Communications Headquarters|GCHQ|government-body
Monetary Policy Committee|MPC|government-body
House of Commons|Commons|government-body
House of Lords||government-body
Privy Council||government-body
Scottish Government|Scottish Executive|government-body
Scottish Parliament|Holyrood|government-body
Welsh Government|Welsh Assembly Government|government-body
Senedd|National Assembly for Wales,Welsh Assembly,Welsh Parliament|government-body
Northern Ireland Assembly|Stormont|government-body
Greater London Authority|GLA|government-body
Transport for London|TfL|government-body
# ---- US government ----
United States Congress|Congress,US Congress,U.S. Congress|government-body
United States Senate|Senate,US Senate,U.S. Senate|government-body
United States House of Representatives|House of Representatives,US House of Representatives|government-body
State Department|Department of State,US State Department|government-body
Treasury Department|US Treasury,Department of the Treasury|government-body
Justice Department|Department of Justice,DoJ,DOJ,US Justice Department|government-body
Department of Energy|US Department of Energy|government-body
Commerce Department|Department of Commerce|government-body
Labor Department|Department of Labor|government-body
Department of Agriculture|USDA|government-body
Department of Health and Human Services|HHS|government-body
Interior Department|Department of the Interior|government-body
Environmental Protection Agency|EPA|government-body
Drug Enforcement Administration|DEA|government-body
Bureau of Alcohol, Tobacco, Firearms and Explosives|ATF|government-body
Secret Service|US Secret Service|government-body
Internal Revenue Service|IRS|government-body
Federal Aviation Administration|FAA|government-body
Federal Emergency Management Agency|Fema,FEMA|government-body
Centers for Disease Control and Prevention|CDC|government-body
National Institutes of Health|NIH|government-body
Office of Management and Budget|OMB|government-body
National Security Council|NSC|government-body
Joint Chiefs of Staff||government-body
Immigration and Customs Enforcement|ICE|government-body
Transportation Security Administration|TSA|government-body
Smithsonian Institution|Smithsonian|government-body
# ---- Other governments, security and intelligence services ----
Palestinian Authority||government-body
Knesset||government-body
Bundestag||government-body
Duma|State Duma|government-body
Federal Security Service|FSB|government-body
KGB||government-body
Mossad||government-body
Shin Bet||government-body
Inter-Services Intelligence|ISI|government-body
# ---- EU and international bodies (subtype international) ----
European Council||international
Council of the European Union|Council of Ministers|international
European Investment Bank|EIB|international
Europol||international
Eurostat||international
European Space Agency|ESA|international
European Free Trade Association|EFTA|international
Council of Europe||international
Organization for Security and Co-operation in Europe|OSCE,Organisation for Security and Co-operation in Europe|international
European Bank for Reconstruction and Development|EBRD|international
Unicef|UNICEF,United Nations Children's Fund|international
UN High Commissioner for Refugees|UNHCR,UN refugee agency|international
Unesco|UNESCO|international
United Nations Development Programme|UNDP|international
World Food Programme|WFP|international
Food and Agriculture Organization|FAO|international
United Nations Environment Programme|UNEP|international
UNRWA||international
International Labour Organization|ILO,International Labour Organisation|international
Intergovernmental Panel on Climate Change|IPCC|international
UN General Assembly|United Nations General Assembly,General Assembly|international
UN Human Rights Council|Human Rights Council|international
G8|Group of Eight|international
G7|Group of Seven|international
G20|Group of 20,Group of Twenty|international
Interpol||international
International Energy Agency|IEA|international
Bank for International Settlements|BIS|international
Organization of American States|OAS|international
Gulf Cooperation Council|GCC|international
Mercosur||international
Asia-Pacific Economic Cooperation|Apec,APEC|international
Shanghai Cooperation Organisation|SCO|international
Organisation of Islamic Cooperation|OIC,Organisation of the Islamic Conference|international
Non-Aligned Movement||international
Economic Community of West African States|Ecowas,ECOWAS|international
Asian Development Bank|ADB|international
World Intellectual Property Organization|WIPO|international
International Organization for Migration|IOM|international
Organisation for the Prohibition of Chemical Weapons|OPCW|international
World Economic Forum|WEF|international
Warsaw Pact||international
Commonwealth of Nations|Commonwealth Secretariat|international
# ---- Central banks (subtype government-body) ----
Bank of Japan|BoJ|government-body
People's Bank of China|PBOC|government-body
Reserve Bank of India|RBI|government-body
Bundesbank|Deutsche Bundesbank|government-body
Banque de France|Bank of France|government-body
Bank of Canada||government-body
Reserve Bank of Australia|RBA|government-body
Swiss National Bank|SNB|government-body
Central Bank of Russia|Bank of Russia|government-body
Riksbank|Sveriges Riksbank|government-body
Bank of Italy|Banca d'Italia|government-body
Bank of Spain|Banco de España|government-body
Central Bank of Brazil|Banco Central do Brasil|government-body
South African Reserve Bank|SARB|government-body
Bank of Israel||government-body
# ---- Courts and tribunals (subtype court) ----
High Court||court
Court of Appeal||court
Supreme Court||court
US Supreme Court|United States Supreme Court,Supreme Court of the United States|court
UK Supreme Court|Supreme Court of the United Kingdom|court
European Court of Justice|ECJ,Court of Justice of the European Union,CJEU|court
European Court of Human Rights|ECHR|court
International Court of Justice|ICJ,World Court|court
Old Bailey|Central Criminal Court|court
Court of Session||court
High Court of Justiciary||court
Law Lords||court
International Criminal Tribunal for the former Yugoslavia|ICTY|court
International Criminal Tribunal for Rwanda|ICTR|court
Federal Constitutional Court|Bundesverfassungsgericht|court
Special Immigration Appeals Commission|Siac,SIAC|court
# ---- Police forces (subtype government-body) ----
City of London Police||government-body
British Transport Police|BTP|government-body
Police Service of Northern Ireland|PSNI|government-body
Royal Ulster Constabulary|RUC|government-body
Police Scotland||government-body
Strathclyde Police||government-body
Greater Manchester Police|GMP|government-body
West Midlands Police||government-body
Merseyside Police||government-body
West Yorkshire Police||government-body
Thames Valley Police||government-body
Garda Siochana|Garda Síochána,Garda,Gardai,Gardaí|government-body
New York Police Department|NYPD,New York City Police Department|government-body
Los Angeles Police Department|LAPD|government-body
Royal Canadian Mounted Police|RCMP,Mounties|government-body
Carabinieri||government-body
Guardia Civil||government-body
Association of Chief Police Officers|Acpo,ACPO|organization
National Police Chiefs' Council|NPCC|organization
Police Federation||union
# ---- Armed forces (subtype government-body) ----
Royal Navy||government-body
Royal Air Force|RAF|government-body
British Army||government-body
Royal Marines||government-body
Special Air Service|SAS|government-body
Special Boat Service|SBS|government-body
Territorial Army|TA|government-body
US Army|United States Army|government-body
US Navy|United States Navy|government-body
US Air Force|United States Air Force,USAF|government-body
US Marine Corps|United States Marine Corps,USMC,US Marines|government-body
National Guard|US National Guard|government-body
People's Liberation Army|PLA|government-body
Israel Defense Forces|IDF,Israeli Defence Forces,Israel Defence Forces|government-body
Indian Army||government-body
Pakistan Army||government-body
Red Army||government-body
Bundeswehr||government-body
Islamic Revolutionary Guard Corps|Revolutionary Guards,IRGC|government-body
Black Watch||government-body
# ---- Armed groups (subtype armed-group) ----
Mahdi Army||armed-group
Northern Alliance||armed-group
Kurdistan Workers' Party|PKK|armed-group
ETA|Eta|armed-group
Farc|FARC,Revolutionary Armed Forces of Colombia|armed-group
Tamil Tigers|Liberation Tigers of Tamil Eelam,LTTE|armed-group
Lashkar-e-Taiba||armed-group
Jaish-e-Mohammed||armed-group
Boko Haram||armed-group
al-Shabab|al-Shabaab,Al-Shabab|armed-group
Janjaweed||armed-group
Lord's Resistance Army|LRA|armed-group
Islamic Jihad||armed-group
Real IRA||armed-group
Continuity IRA||armed-group
Ulster Volunteer Force|UVF|armed-group
Ulster Defence Association|UDA|armed-group
Al-Aqsa Martyrs' Brigades||armed-group
Abu Sayyaf||armed-group
Jemaah Islamiyah||armed-group
Shining Path||armed-group
Houthis|Houthi rebels,Ansar Allah|armed-group
Wagner Group||armed-group
Hayat Tahrir al-Sham|HTS|armed-group
Al-Nusra Front|Nusra Front|armed-group
Haqqani Network||armed-group
Tehrik-i-Taliban Pakistan|Pakistani Taliban,TTP|armed-group
Peshmerga||armed-group
# ---- Political parties (subtype party) ----
Green Party|Green Party of England and Wales|party
Scottish Green Party|Scottish Greens|party
Democratic Unionist Party|DUP|party
Ulster Unionist Party|UUP|party
Sinn Fein|Sinn Féin|party
Social Democratic and Labour Party|SDLP|party
Alliance Party|Alliance Party of Northern Ireland|party
British National Party|BNP|party
National Front||party
Brexit Party||party
Reform UK||party
Co-operative Party||party
Social Democratic Party|SDP|party
Fianna Fail|Fianna Fáil|party
Fine Gael||party
Progressive Democrats||party
Christian Democratic Union|CDU|party
Christian Social Union|CSU|party
Social Democratic Party of Germany|SPD|party
Free Democratic Party|FDP|party
Die Linke|Left Party|party
Alternative for Germany|AfD|party
Union for a Popular Movement|UMP|party
French Socialist Party|Parti Socialiste|party
Front National|French National Front,National Rally,Rassemblement National|party
En Marche|La Republique En Marche,LREM|party
Indian National Congress|Congress Party|party
Bharatiya Janata Party|BJP|party
Communist Party of India (Marxist)|CPI(M),CPM|party
Aam Aadmi Party|AAP|party
Pakistan Muslim League-Nawaz|PML-N,Pakistan Muslim League|party
Pakistan Peoples Party|PPP,Pakistan People's Party|party
Pakistan Tehreek-e-Insaf|PTI,Tehreek-e-Insaf|party
Muttahida Qaumi Movement|MQM|party
Awami League||party
Bangladesh Nationalist Party||party
Likud||party
Israeli Labor Party|Israeli Labour Party|party
Kadima||party
Yisrael Beiteinu||party
Shas||party
Yesh Atid||party
Fatah||party
Palestine Liberation Organization|PLO,Palestine Liberation Organisation|organization
Australian Labor Party|ALP|party
Liberal Party of Australia||party
Conservative Party of Canada||party
Liberal Party of Canada||party
New Democratic Party|NDP|party
Liberal Democratic Party|LDP|party
Democratic Party of Japan|DPJ|party
African National Congress|ANC|party
Zanu-PF|ZANU-PF,Zanu PF|party
Movement for Democratic Change|MDC|party
United Russia||party
Chinese Communist Party|Communist Party of China,CCP,CPC|party
Party of Regions||party
Baath Party|Ba'ath Party|party
Justice and Development Party|AKP|party
Spanish Socialist Workers' Party|PSOE|party
Partido Popular||party
Podemos||party
Forza Italia||party
Northern League|Lega Nord|party
Five Star Movement|M5S|party
Syriza||party
New Democracy||party
Pasok|PASOK|party
Freedom Party of Austria|FPO,FPÖ|party
Fidesz||party
Law and Justice|PiS|party
National League for Democracy|NLD|party
Kuomintang|KMT|party
Muslim Brotherhood||organization
# ---- Trade unions and professional bodies (subtype union) ----
Trades Union Congress|TUC|union
Unison||union
Unite the Union||union
GMB||union
Amicus||union
Transport and General Workers' Union|TGWU,T&G|union
National Union of Teachers|NUT|union
NASUWT||union
Royal College of Nursing|RCN|union
British Medical Association|BMA|union
Public and Commercial Services Union|PCS|union
Communication Workers Union|CWU|union
Fire Brigades Union|FBU|union
National Union of Rail, Maritime and Transport Workers|RMT|union
Aslef|ASLEF|union
National Union of Journalists|NUJ|union
National Union of Students|NUS|union
National Union of Mineworkers|NUM|union
National Farmers' Union|NFU|union
AFL-CIO||union
Teamsters|International Brotherhood of Teamsters|union
United Auto Workers|UAW|union
Congress of South African Trade Unions|Cosatu,COSATU|union
# ---- Business and trade associations, learned societies (subtype organization) ----
Confederation of British Industry|CBI|organization
Institute of Directors|IoD|organization
British Chambers of Commerce|BCC|organization
Federation of Small Businesses||organization
Engineering Employers' Federation|EEF|organization
British Retail Consortium|BRC|organization
British Phonographic Industry|BPI|organization
Recording Industry Association of America|RIAA|organization
International Federation of the Phonographic Industry|IFPI|organization
Motion Picture Association of America|MPAA,Motion Picture Association|organization
Association of British Insurers|ABI|organization
Law Society||organization
Bar Council||organization
General Medical Council|GMC|organization
Royal Society||organization
British Academy of Film and Television Arts|Bafta,BAFTA|organization
Academy of Motion Picture Arts and Sciences||organization
Icann|ICANN|organization
# ---- Charities, campaign groups and think tanks ----
National Trust||ngo
RSPCA|Royal Society for the Prevention of Cruelty to Animals|ngo
RSPB|Royal Society for the Protection of Birds|ngo
NSPCC||ngo
Barnardo's||ngo
Save the Children||ngo
Christian Aid||ngo
Cafod|CAFOD|ngo
ActionAid||ngo
Age Concern||ngo
Help the Aged||ngo
Age UK||ngo
Cancer Research UK||ngo
Macmillan Cancer Support||ngo
British Heart Foundation|BHF|ngo
Friends of the Earth||ngo
WWF|World Wildlife Fund,World Wide Fund for Nature|ngo
Transparency International||ngo
Reporters Without Borders|RSF,Reporters Sans Frontieres|ngo
Committee to Protect Journalists|CPJ|ngo
International Crisis Group||ngo
Bill and Melinda Gates Foundation|Gates Foundation|ngo
Wellcome Trust||ngo
Joseph Rowntree Foundation||ngo
Citizens Advice|Citizens Advice Bureau|ngo
Comic Relief||ngo
Islamic Relief||ngo
American Civil Liberties Union|ACLU|ngo
NAACP|National Association for the Advancement of Colored People|ngo
International Rescue Committee|IRC|ngo
World Vision||ngo
Electronic Frontier Foundation|EFF|ngo
Free Software Foundation|FSF|ngo
Mozilla Foundation|Mozilla|ngo
Wikimedia Foundation|Wikimedia|ngo
Privacy International||ngo
Campaign for Nuclear Disarmament|CND|ngo
Countryside Alliance||ngo
TaxPayers' Alliance|Taxpayers' Alliance|ngo
Institute for Fiscal Studies|IFS|organization
Chatham House|Royal Institute of International Affairs|organization
International Institute for Strategic Studies|IISS|organization
Royal United Services Institute|Rusi,RUSI|organization
Brookings Institution|Brookings|organization
Heritage Foundation||organization
Rand Corporation|RAND|organization
Council on Foreign Relations|CFR|organization
Stockholm International Peace Research Institute|Sipri,SIPRI|organization
Institute for Public Policy Research|IPPR|organization
Adam Smith Institute||organization
National Institute of Economic and Social Research|NIESR|organization
Pew Research Center|Pew|organization
American Enterprise Institute|AEI|organization
# ---- Religious bodies (subtype religious) ----
Church of England|C of E|religious
Roman Catholic Church|Catholic Church|religious
Anglican Communion||religious
Church of Scotland||religious
Church in Wales||religious
Muslim Council of Britain|MCB|religious
Board of Deputies of British Jews|Board of Deputies|religious
Salvation Army||religious
Opus Dei||religious
Jehovah's Witnesses||religious
Church of Jesus Christ of Latter-day Saints|Mormon Church,LDS Church|religious
Church of Scientology|Scientology|religious
Russian Orthodox Church||religious
Greek Orthodox Church||religious
Orange Order|Orange Institution|religious
# ---- Universities and schools (subtype education) ----
University of Oxford|Oxford University|education
University of Cambridge|Cambridge University|education
London School of Economics|LSE|education
Imperial College London|Imperial College|education
University College London|UCL|education
King's College London|KCL|education
University of Edinburgh|Edinburgh University|education
University of Glasgow|Glasgow University|education
University of St Andrews|St Andrews University|education
University of Manchester|Manchester University|education
University of London||education
Open University||education
School of Oriental and African Studies|SOAS|education
Trinity College Dublin||education
Harvard University|Harvard|education
Yale University|Yale|education
Princeton University||education
Stanford University|Stanford|education
Massachusetts Institute of Technology|MIT|education
Columbia University||education
University of California, Berkeley|UC Berkeley|education
California Institute of Technology|Caltech|education
Johns Hopkins University|Johns Hopkins|education
Sorbonne||education
Eton College||education
Ucas|UCAS|education
Russell Group||education

"""##,
    "person-titles.txt": ##"""
# Titles and offices that stand before a person's name ("President Ghani", "Mr Smith"), kept apart
# from the name. Multi-word titles are written out ("Prime Minister"). A title marked "keep" stays
# part of the name (peerages: "Lord Hanningfield").
# Origin: written for reportconv from English usage for honorifics, ranks and offices.
Mr
Mr.
Mrs
Mrs.
Ms
Ms.
Miss
Dr
Dr.
Prof
Prof.
Professor
Sir
Dame
Lady|keep
Lord|keep
Baroness|keep
Baron|keep
Earl|keep
Duke|keep
Duchess|keep
Prince
Princess
King
Queen
Emperor
Sheikh
Sultan
Emir
Ayatollah
Imam
Pope
Cardinal
Archbishop
Bishop
Rabbi
Rev
Rev.
Reverend
Father
Sister
Brother
President
President-elect
Vice President
Vice-President
Prime Minister
Deputy Prime Minister
Premier
Chancellor
Minister
Secretary
Secretary of State
Foreign Secretary
Home Secretary
Defence Secretary
Defense Secretary
Foreign Minister
Finance Minister
Defence Minister
Defense Minister
Interior Minister
Senator
Sen.
Sen
Congressman
Congresswoman
Representative
Rep.
Governor
Gov.
Mayor
Ambassador
Commissioner
Chairman
Chairwoman
Chief Executive
Judge
Justice
General
Gen.
Gen
Lieutenant
Lt
Lt.
Colonel
Col
Col.
Major
Maj.
Captain
Capt
Capt.
Commander
Admiral
Sergeant
Sgt
Sgt.
Corporal
Private
Inspector
Detective
Chief Inspector
Superintendent
Constable
Coach
Manager
Skipper
Speaker
Councillor
Mullah
Maulana
Comrade
Saint
St
St.

"""##,
    "place-words.txt": ##"""
# Words that make a capitalised name a place's: word | subtype | plural form.
# They stand last ("Sindh Province", "Helmand and Kandahar Provinces") or, for a few, first with
# "of" ("Gulf of Mexico", "Isle of Wight").
# Origin: written for reportconv from English naming conventions for places.
Province|province|Provinces
State|state|States
County|county|Counties
District|district|Districts
Region|region|Regions
Prefecture|province|Prefectures
Territory|region|Territories
Governorate|province|Governorates
Oblast|province|Oblasts
Canton|province|Cantons
Valley|region|Valleys
Desert|region|Deserts
Mountains|region|
Mountain|region|
Hills|region|
Peninsula|region|Peninsulas
Island|island|Islands
Islands|island|
Isle|island|Isles
Coast|region|Coasts
Bay|water|Bays
Gulf|water|Gulfs
Sea|water|Seas
Ocean|water|Oceans
River|water|Rivers
Lake|water|Lakes
Strait|water|Straits
Channel|water|
Airport|venue|Airports
Stadium|venue|Stadiums
Arena|venue|Arenas
Park|venue|Parks
Square|venue|Squares
Street|street|Streets
Road|street|Roads
Avenue|street|Avenues
Bridge|venue|Bridges
Palace|venue|Palaces
Hotel|venue|Hotels
Centre|venue|Centres
Center|venue|Centers
Hospital|venue|Hospitals
Prison|venue|Prisons
Shrine|venue|Shrines
Cathedral|venue|Cathedrals
Castle|venue|Castles
Abbey|venue|Abbeys
Village|city|Villages
Town|city|Towns
Borough|district|Boroughs

"""##,
    "places.txt": ##"""
# Places: cities and towns, districts, counties, states, provinces and regions, continents and
# world regions, seas, rivers and lakes, mountains, deserts and islands, and a few well-known venues
# (airports, stadiums, arenas) that news text names as places.
# Format: Name|subtype|country
#   Name     the usual English name as written in news text; common alternative spellings still in
#            use stand on their own lines with the same subtype and country.
#   subtype  one of city, region, province, state, county, district, continent, water, island,
#            mountain, venue.
#   country  the country's English short name as in countries.txt; empty for continents, oceans
#            and regions, seas or rivers that span several countries.
# Country names are not listed here (countries.txt holds them with their capitals). Where a
# territory's status is disputed, the country field follows the internationally recognised
# borders, except where a comment says otherwise.
# Names that are also common English words, first names or surnames stand apart in the last
# section, "Ambiguous (also common words or names)", in the same format.
# Origin: written for reportconv by its developers from general geographic knowledge (continents,
# seas, the administrative divisions of the UK, Ireland, the US and other countries, their larger
# cities and towns, and well-known landmarks), category by category; not drawn from any test
# article, corpus or annotation, and not copied from another list.

# ---------------------------------------------------------------------------------------------
# 1. Continents and world regions
# ---------------------------------------------------------------------------------------------
Africa|continent|
Antarctica|continent|
Asia|continent|
Australasia|continent|
Europe|continent|
North America|continent|
Oceania|continent|
South America|continent|
Eurasia|continent|
Americas|continent|
Afro-Eurasia|continent|
Antarctic|region|
Arctic|region|
Asia-Pacific|region|
Asia Pacific|region|
Baltic States|region|
Baltics|region|
Balkans|region|
Western Balkans|region|
Benelux|region|
Caribbean|region|
Caucasus|region|
North Caucasus|region|
South Caucasus|region|
Transcaucasia|region|
Central Africa|region|
Central America|region|
Central Asia|region|
Central Europe|region|
Central and Eastern Europe|region|
East Africa|region|
East Asia|region|
Eastern Europe|region|
Far East|region|
Great Lakes region|region|
Gulf States|region|
Horn of Africa|region|
Indian subcontinent|region|
Subcontinent|region|
Indochina|region|
Iberia|region|
Latin America|region|
Levant|region|
Maghreb|region|
Mashriq|region|
Melanesia|region|
Mesoamerica|region|
Mesopotamia|region|
Middle East|region|
Mideast|region|
Near East|region|
Nordic countries|region|
Nordics|region|
North Africa|region|
Northern Europe|region|
Northeast Asia|region|
North-East Asia|region|
Pacific Rim|region|
Patagonia|region|
Polynesia|region|
Sahel|region|
Scandinavia|region|
Southern Africa|region|
South Asia|region|
Southeast Asia|region|
South-East Asia|region|
South East Asia|region|
Southern Cone|region|
Southern Europe|region|
Sub-Saharan Africa|region|
West Africa|region|
Western Asia|region|
Western Europe|region|
Western Hemisphere|region|
Eastern Hemisphere|region|
Northern Hemisphere|region|
Southern Hemisphere|region|
Mediterranean Basin|region|
Anatolia|region|Turkey
Asia Minor|region|Turkey
Siberia|region|Russia
Eastern Siberia|region|Russia
Western Siberia|region|Russia
Russian Far East|region|Russia
Lapland|region|
Karelia|region|
Silesia|region|Poland
Upper Silesia|region|Poland
Bohemia|region|Czech Republic
Moravia|region|Czech Republic
Transylvania|region|Romania
Dalmatia|region|Croatia
Istria|region|Croatia
Thrace|region|
Bessarabia|region|
Flanders|region|Belgium
Wallonia|region|Belgium
Alsace|region|France
Brittany|region|France
Normandy|region|France
Provence|region|France
Riviera|region|
French Riviera|region|France
Cote d'Azur|region|France
Côte d'Azur|region|France
Italian Riviera|region|Italy
Costa del Sol|region|Spain
Costa Brava|region|Spain
Costa Blanca|region|Spain
Algarve|region|Portugal
Tyrol|region|Austria
South Tyrol|region|Italy
Bavaria|state|Germany
Rhineland|region|Germany
Ruhr|region|Germany
Ruhr Valley|region|Germany
Prussia|region|
Pomerania|region|
Sudetenland|region|Czech Republic
Arabia|region|
Arabian Peninsula|region|
Gulf|region|
Hejaz|region|Saudi Arabia
Najd|region|Saudi Arabia
Fertile Crescent|region|
Holy Land|region|
Golden Triangle|region|
Iraqi Kurdistan|region|Iraq
Kurdistan Region|region|Iraq
Rojava|region|Syria
Balochistan|province|Pakistan
Baluchistan|province|Pakistan
Sistan and Baluchestan|province|Iran
Punjab|province|Pakistan
Punjab|state|India
Bengal|region|
Deccan|region|India
Tibetan Plateau|region|China
Manchuria|region|China
Inner Mongolia|province|China
Korean Peninsula|region|
Pacific Islands|region|
Outback|region|Australia
Amazonia|region|
Amazon rainforest|region|
Amazon Basin|region|
Pantanal|region|Brazil
Gran Chaco|region|
Chaco|region|
Tierra del Fuego|island|
Yucatan Peninsula|region|Mexico
Yucatán Peninsula|region|Mexico
West Indies|region|
Lesser Antilles|region|
Greater Antilles|region|
Antilles|region|
Windward Islands|island|
Leeward Islands|island|
Northern Triangle|region|
Darien Gap|region|
Darién Gap|region|
Sahara|region|
Western Sahara|region|
Sub-Sahara|region|
Nile Delta|region|Egypt
Nile Valley|region|
Upper Egypt|region|Egypt
Sinai|region|Egypt
Sinai Peninsula|region|Egypt
Cyrenaica|region|Libya
Tripolitania|region|Libya
Fezzan|region|Libya
Kabylie|region|Algeria
Rif|region|Morocco
Casamance|region|Senegal
Niger Delta|region|Nigeria
Biafra|region|Nigeria
Lake Chad Basin|region|
Darfur|region|Sudan
North Darfur|state|Sudan
South Darfur|state|Sudan
West Darfur|state|Sudan
Central Darfur|state|Sudan
East Darfur|state|Sudan
Kordofan|region|Sudan
South Kordofan|state|Sudan
North Kordofan|state|Sudan
Nuba Mountains|mountain|Sudan
Ogaden|region|Ethiopia
Somaliland|region|Somalia
Puntland|region|Somalia
Jubaland|region|Somalia
Katanga|province|Democratic Republic of Congo
Kivu|region|Democratic Republic of Congo
North Kivu|province|Democratic Republic of Congo
South Kivu|province|Democratic Republic of Congo
Ituri|province|Democratic Republic of Congo
Kasai|province|Democratic Republic of Congo
Cabinda|province|Angola
Great Rift Valley|region|
Rift Valley|region|
Serengeti|region|Tanzania
Masai Mara|region|Kenya
Maasai Mara|region|Kenya
Okavango Delta|region|Botswana
Cape Horn|region|Chile
Cape of Good Hope|region|South Africa
Transnistria|region|Moldova
Abkhazia|region|Georgia
South Ossetia|region|Georgia
Nagorno-Karabakh|region|Azerbaijan
Karabakh|region|Azerbaijan
Nakhchivan|region|Azerbaijan
Donbas|region|Ukraine
Donbass|region|Ukraine
Crimea|region|Ukraine
Crimean Peninsula|region|Ukraine
Fergana Valley|region|
Ferghana Valley|region|
Waziristan|region|Pakistan
North Waziristan|district|Pakistan
South Waziristan|district|Pakistan
Tribal Areas|region|Pakistan
Federally Administered Tribal Areas|region|Pakistan
FATA|region|Pakistan
Swat Valley|region|Pakistan
Swat|district|Pakistan
Khyber Pass|region|
Wakhan Corridor|region|Afghanistan
Panjshir|province|Afghanistan
Panjshir Valley|region|Afghanistan
Jammu and Kashmir|state|India
Azad Kashmir|region|Pakistan
Pakistan-administered Kashmir|region|Pakistan
Indian-administered Kashmir|region|India
Kashmir Valley|region|India
Aksai Chin|region|China
Galilee|region|Israel
Upper Galilee|region|Israel
Negev|region|Israel
Judea|region|
Samaria|region|
Judea and Samaria|region|
West Bank|region|Palestine
Gaza Strip|region|Palestine
Occupied Territories|region|Palestine
East Jerusalem|city|Palestine
Golan Heights|region|Syria
Golan|region|Syria
Shebaa Farms|region|Lebanon
Bekaa Valley|region|Lebanon
Bekaa|province|Lebanon
Jordan Valley|region|
Mount Lebanon|province|Lebanon
Aceh|province|Indonesia
Papua|province|Indonesia
West Papua|province|Indonesia
Xinjiang|province|China
Tibet Autonomous Region|province|China
Mindanao|island|Philippines
Bougainville|island|Papua New Guinea
Borneo|island|
Sabah|state|Malaysia
Sarawak|state|Malaysia

# ---------------------------------------------------------------------------------------------
# 2. Oceans, seas, gulfs, bays, straits, canals, rivers, lakes and waterfalls
# ---------------------------------------------------------------------------------------------
# Oceans
Atlantic|water|
Atlantic Ocean|water|
North Atlantic|water|
South Atlantic|water|
Pacific|water|
Pacific Ocean|water|
North Pacific|water|
South Pacific|water|
Western Pacific|water|
Indian Ocean|water|
Arctic Ocean|water|
Southern Ocean|water|
Antarctic Ocean|water|
# Seas
Mediterranean|water|
Mediterranean Sea|water|
Eastern Mediterranean|water|
North Sea|water|
Baltic|water|
Baltic Sea|water|
Black Sea|water|
Caspian|water|
Caspian Sea|water|
Red Sea|water|
Dead Sea|water|
Arabian Sea|water|
Aegean|water|
Aegean Sea|water|
Adriatic|water|
Adriatic Sea|water|
Ionian Sea|water|
Tyrrhenian Sea|water|
Ligurian Sea|water|
Balearic Sea|water|
Alboran Sea|water|
Sea of Azov|water|
Azov Sea|water|
Sea of Marmara|water|Turkey
Sea of Crete|water|Greece
Levantine Sea|water|
Sea of Japan|water|
East Sea|water|
Yellow Sea|water|
East China Sea|water|
South China Sea|water|
West Philippine Sea|water|
Philippine Sea|water|
Sea of Okhotsk|water|
Bering Sea|water|
Chukchi Sea|water|
Beaufort Sea|water|
Barents Sea|water|
Kara Sea|water|
Laptev Sea|water|
White Sea|water|Russia
Norwegian Sea|water|
Greenland Sea|water|
Labrador Sea|water|
Irish Sea|water|
Celtic Sea|water|
Wadden Sea|water|
Java Sea|water|Indonesia
Celebes Sea|water|
Sulu Sea|water|
Banda Sea|water|Indonesia
Andaman Sea|water|
Laccadive Sea|water|
Timor Sea|water|
Arafura Sea|water|
Coral Sea|water|
Tasman Sea|water|
Solomon Sea|water|
Bismarck Sea|water|
Caribbean Sea|water|
Sargasso Sea|water|
Weddell Sea|water|
Ross Sea|water|
Scotia Sea|water|
Aral Sea|water|
Sea of Galilee|water|Israel
Salton Sea|water|United States
# Gulfs and bays
Persian Gulf|water|
Arabian Gulf|water|
Gulf of Oman|water|
Gulf of Aden|water|
Gulf of Aqaba|water|
Gulf of Suez|water|Egypt
Gulf of Mexico|water|
Gulf of America|water|
Gulf of California|water|Mexico
Gulf of Alaska|water|United States
Gulf of St Lawrence|water|Canada
Gulf of Maine|water|
Gulf of Thailand|water|
Gulf of Tonkin|water|
Gulf of Guinea|water|
Gulf of Finland|water|
Gulf of Bothnia|water|
Gulf of Riga|water|
Gulf of Sidra|water|Libya
Gulf of Carpentaria|water|Australia
Gulf of Lion|water|France
Gulf of Genoa|water|Italy
Gulf of Corinth|water|Greece
Gulf of Fonseca|water|
Gulf of Panama|water|Panama
Gulf of Mannar|water|
Gulf of Kutch|water|India
Gulf of Khambhat|water|India
Gulf of Trieste|water|
Bay of Bengal|water|
Bay of Biscay|water|
Bay of Fundy|water|Canada
Bay of Naples|water|Italy
Bay of Pigs|water|Cuba
Bay of Kotor|water|Montenegro
Hudson Bay|water|Canada
James Bay|water|Canada
Baffin Bay|water|
Chesapeake Bay|water|United States
Delaware Bay|water|United States
Massachusetts Bay|water|United States
Cape Cod Bay|water|United States
San Francisco Bay|water|United States
Monterey Bay|water|United States
Galveston Bay|water|United States
Mobile Bay|water|United States
Biscayne Bay|water|United States
Puget Sound|water|United States
Long Island Sound|water|United States
Prince William Sound|water|United States
Botany Bay|water|Australia
Port Phillip Bay|water|Australia
Port Phillip|water|Australia
Moreton Bay|water|Australia
Sydney Harbour|water|Australia
Guanabara Bay|water|Brazil
Guantanamo Bay|water|Cuba
Manila Bay|water|Philippines
Subic Bay|water|Philippines
Cam Ranh Bay|water|Vietnam
Ha Long Bay|water|Vietnam
Halong Bay|water|Vietnam
Tokyo Bay|water|Japan
Bohai Sea|water|China
Bohai Bay|water|China
Galway Bay|water|Ireland
Dublin Bay|water|Ireland
Bantry Bay|water|Ireland
Cardigan Bay|water|United Kingdom
Morecambe Bay|water|United Kingdom
Swansea Bay|water|United Kingdom
Liverpool Bay|water|United Kingdom
Table Bay|water|South Africa
False Bay|water|South Africa
Walvis Bay|city|Namibia
# Straits, channels, sounds and passages
English Channel|water|
Strait of Dover|water|
Straits of Dover|water|
Dover Strait|water|
Pas de Calais|water|
Strait of Hormuz|water|
Straits of Hormuz|water|
Hormuz|water|
Strait of Gibraltar|water|
Straits of Gibraltar|water|
Strait of Malacca|water|
Straits of Malacca|water|
Malacca Strait|water|
Singapore Strait|water|
Taiwan Strait|water|
Formosa Strait|water|
Bering Strait|water|
Bosphorus|water|Turkey
Bosporus|water|Turkey
Dardanelles|water|Turkey
Turkish Straits|water|Turkey
Kerch Strait|water|
Strait of Kerch|water|
Strait of Messina|water|Italy
Strait of Otranto|water|
Strait of Sicily|water|
Bab el-Mandeb|water|
Bab al-Mandab|water|
Bab-el-Mandeb|water|
Strait of Tiran|water|
Straits of Tiran|water|
Korea Strait|water|
Tsushima Strait|water|
Sunda Strait|water|Indonesia
Lombok Strait|water|Indonesia
Palk Strait|water|
Torres Strait|water|
Bass Strait|water|Australia
Cook Strait|water|New Zealand
Foveaux Strait|water|New Zealand
Strait of Magellan|water|Chile
Magellan Strait|water|Chile
Drake Passage|water|
Denmark Strait|water|
Davis Strait|water|
Hudson Strait|water|Canada
Strait of Georgia|water|Canada
Strait of Juan de Fuca|water|
Florida Straits|water|
Straits of Florida|water|
Windward Passage|water|
Mona Passage|water|
Yucatan Channel|water|
Mozambique Channel|water|
Northwest Passage|water|
North-West Passage|water|
Northern Sea Route|water|
Skagerrak|water|
Kattegat|water|
Oresund|water|
Øresund|water|
Great Belt|water|Denmark
North Channel|water|United Kingdom
St George's Channel|water|
Bristol Channel|water|United Kingdom
Menai Strait|water|United Kingdom
Solent|water|United Kingdom
Pentland Firth|water|United Kingdom
Minch|water|United Kingdom
Firth of Forth|water|United Kingdom
Firth of Clyde|water|United Kingdom
Firth of Tay|water|United Kingdom
Moray Firth|water|United Kingdom
Solway Firth|water|United Kingdom
Cromarty Firth|water|United Kingdom
Thames Estuary|water|United Kingdom
Humber Estuary|water|United Kingdom
Severn Estuary|water|United Kingdom
Dee Estuary|water|United Kingdom
Shatt al-Arab|water|
Shatt al Arab|water|
Arvand Rud|water|
Rio de la Plata|water|
River Plate|water|
# Canals
Suez Canal|water|Egypt
Panama Canal|water|Panama
Kiel Canal|water|Germany
Corinth Canal|water|Greece
Erie Canal|water|United States
Grand Canal|water|
Manchester Ship Canal|water|United Kingdom
Caledonian Canal|water|United Kingdom
Grand Union Canal|water|United Kingdom
Regent's Canal|water|United Kingdom
Leeds and Liverpool Canal|water|United Kingdom
Kennet and Avon Canal|water|United Kingdom
Rhine-Main-Danube Canal|water|Germany
St Lawrence Seaway|water|
Intracoastal Waterway|water|United States
# Rivers of the British Isles
Thames|water|United Kingdom
River Thames|water|United Kingdom
Severn|water|United Kingdom
River Severn|water|United Kingdom
River Trent|water|United Kingdom
Mersey|water|United Kingdom
River Mersey|water|United Kingdom
Humber|water|United Kingdom
River Humber|water|United Kingdom
Tyne|water|United Kingdom
River Tyne|water|United Kingdom
Tees|water|United Kingdom
River Tees|water|United Kingdom
River Wear|water|United Kingdom
River Ouse|water|United Kingdom
Ouse|water|United Kingdom
River Aire|water|United Kingdom
River Calder|water|United Kingdom
River Don|water|United Kingdom
River Derwent|water|United Kingdom
River Swale|water|United Kingdom
River Ure|water|United Kingdom
River Nidd|water|United Kingdom
River Wharfe|water|United Kingdom
River Ribble|water|United Kingdom
River Irwell|water|United Kingdom
River Lune|water|United Kingdom
River Eden|water|United Kingdom
River Dee|water|United Kingdom
River Wye|water|United Kingdom
River Avon|water|United Kingdom
River Exe|water|United Kingdom
River Tamar|water|United Kingdom
River Dart|water|United Kingdom
River Medway|water|United Kingdom
Medway|district|United Kingdom
River Lea|water|United Kingdom
River Lee|water|United Kingdom
River Cam|water|United Kingdom
River Great Ouse|water|United Kingdom
River Nene|water|United Kingdom
River Welland|water|United Kingdom
River Witham|water|United Kingdom
River Soar|water|United Kingdom
River Test|water|United Kingdom
River Itchen|water|United Kingdom
River Kennet|water|United Kingdom
River Cherwell|water|United Kingdom
River Stour|water|United Kingdom
River Orwell|water|United Kingdom
River Wensum|water|United Kingdom
River Yare|water|United Kingdom
River Taff|water|United Kingdom
River Usk|water|United Kingdom
River Towy|water|United Kingdom
River Teifi|water|United Kingdom
River Conwy|water|United Kingdom
River Clyde|water|United Kingdom
River Forth|water|United Kingdom
River Tay|water|United Kingdom
Tay|water|United Kingdom
River Spey|water|United Kingdom
Spey|water|United Kingdom
River Tweed|water|United Kingdom
River Nith|water|United Kingdom
River Ness|water|United Kingdom
River Lagan|water|United Kingdom
River Foyle|water|United Kingdom
River Bann|water|United Kingdom
River Erne|water|
Liffey|water|Ireland
River Liffey|water|Ireland
River Shannon|water|Ireland
River Boyne|water|Ireland
Boyne|water|Ireland
River Suir|water|Ireland
River Nore|water|Ireland
River Barrow|water|Ireland
River Corrib|water|Ireland
River Slaney|water|Ireland
River Blackwater|water|Ireland
# Rivers of Europe
Rhine|water|
River Rhine|water|
Rhone|water|
Rhône|water|
Danube|water|
River Danube|water|
Elbe|water|
Oder|water|
Oder-Neisse|water|
Vistula|water|Poland
Seine|water|France
River Seine|water|France
Loire|water|France
Garonne|water|France
Meuse|water|
Maas|water|
Moselle|water|
Scheldt|water|
Neckar|water|Germany
Spree|water|Germany
Weser|water|Germany
Tiber|water|Italy
River Tiber|water|Italy
Arno|water|Italy
Po River|water|Italy
River Po|water|Italy
Piave|water|Italy
Ebro|water|Spain
Tagus|water|
Douro|water|
Guadalquivir|water|Spain
Volga|water|Russia
Don River|water|Russia
Neva|water|Russia
Dnieper|water|
Dniester|water|
Dnister|water|
Southern Bug|water|Ukraine
Siverskyi Donets|water|
Donets|water|
Pripyat|water|
Daugava|water|
Neman|water|
Narva|water|
Drina|water|
Sava|water|
Vardar|water|
Maritsa|water|
Evros|water|
Prut|water|
Tisza|water|
# Rivers of Asia and the Middle East
Euphrates|water|
Tigris|water|
Jordan River|water|
River Jordan|water|
Litani|water|Lebanon
Litani River|water|Lebanon
Orontes|water|
Yarmouk|water|
Karun|water|Iran
Ural River|water|
Ob|water|Russia
Yenisei|water|Russia
Irtysh|water|
Amur|water|
Ussuri|water|
Amu Darya|water|
Syr Darya|water|
Oxus|water|
Helmand River|water|
Kabul River|water|
Indus|water|
Indus River|water|
Jhelum|water|
Chenab|water|
Sutlej|water|
Beas|water|India
Ganges|water|
Ganga|water|India
Yamuna|water|India
Brahmaputra|water|
Padma|water|Bangladesh
Meghna|water|Bangladesh
Teesta|water|
Godavari|water|India
Krishna River|water|India
Narmada|water|India
Cauvery|water|India
Kaveri|water|India
Yangtze|water|China
Yangtze River|water|China
Yellow River|water|China
Huang He|water|China
Pearl River|water|China
Pearl River Delta|region|China
Yangtze River Delta|region|China
Mekong|water|
Mekong River|water|
Mekong Delta|region|Vietnam
Irrawaddy|water|Myanmar
Ayeyarwady|water|Myanmar
Salween|water|
Chao Phraya|water|Thailand
Han River|water|South Korea
Yalu|water|
Yalu River|water|
Tumen River|water|
Pasig River|water|Philippines
# Rivers of Africa
Nile|water|
River Nile|water|
Blue Nile|water|
White Nile|water|
Congo River|water|
River Congo|water|
Niger River|water|
River Niger|water|
Benue River|water|Nigeria
Zambezi|water|
Limpopo|water|
Orange River|water|
Okavango|water|
Volta|water|Ghana
Senegal River|water|
Ubangi|water|
Shebelle|water|
Juba River|water|
Atbara|water|
# Rivers of the Americas and Oceania
Mississippi River|water|United States
Missouri River|water|United States
Ohio River|water|United States
Colorado River|water|
Columbia River|water|United States
Hudson River|water|United States
Delaware River|water|United States
Potomac|water|United States
Potomac River|water|United States
Susquehanna|water|United States
Snake River|water|United States
Tennessee River|water|United States
Arkansas River|water|United States
Red River|water|
Rio Grande|water|
Rio Bravo|water|
East River|water|United States
Chicago River|water|United States
Sacramento River|water|United States
Savannah River|water|United States
Yukon River|water|
Mackenzie River|water|Canada
Fraser River|water|Canada
St Lawrence River|water|Canada
Saint Lawrence River|water|Canada
St Lawrence|water|Canada
Niagara River|water|
Ottawa River|water|Canada
Red River of the North|water|
Amazon River|water|
Orinoco|water|
Parana River|water|
Paraná River|water|
Paraguay River|water|
Uruguay River|water|
Magdalena River|water|Colombia
Sao Francisco River|water|Brazil
Xingu|water|Brazil
Rio Negro|water|
Madeira River|water|
Murray River|water|Australia
River Murray|water|Australia
Murray-Darling|water|Australia
Murray-Darling Basin|region|Australia
Darling River|water|Australia
Yarra|water|Australia
Yarra River|water|Australia
Brisbane River|water|Australia
Swan River|water|Australia
Waikato River|water|New Zealand
# Lakes
Great Lakes|water|
Lake Superior|water|
Lake Michigan|water|United States
Lake Huron|water|
Lake Erie|water|
Lake Ontario|water|
Lake Champlain|water|United States
Lake Tahoe|water|United States
Lake Mead|water|United States
Lake Powell|water|United States
Lake Okeechobee|water|United States
Great Salt Lake|water|United States
Lake Pontchartrain|water|United States
Lake Winnipeg|water|Canada
Great Bear Lake|water|Canada
Great Slave Lake|water|Canada
Lake Louise|water|Canada
Lake Victoria|water|
Lake Tanganyika|water|
Lake Malawi|water|
Lake Nyasa|water|
Lake Chad|water|
Lake Turkana|water|
Lake Kivu|water|
Lake Albert|water|
Lake Edward|water|
Lake Kariba|water|
Lake Volta|water|Ghana
Lake Nasser|water|Egypt
Lake Tana|water|Ethiopia
Lake Naivasha|water|Kenya
Lake Baikal|water|Russia
Lake Ladoga|water|Russia
Lake Onega|water|Russia
Lake Balkhash|water|Kazakhstan
Issyk-Kul|water|Kyrgyzstan
Lake Van|water|Turkey
Lake Urmia|water|Iran
Lake Tiberias|water|Israel
Lake Qarun|water|Egypt
Tonle Sap|water|Cambodia
Lake Toba|water|Indonesia
Dal Lake|water|India
Lake Titicaca|water|
Lake Maracaibo|water|Venezuela
Lake Nicaragua|water|Nicaragua
Lake Geneva|water|
Lac Leman|water|
Lake Lucerne|water|Switzerland
Lake Zurich|water|Switzerland
Lake Constance|water|
Bodensee|water|
Lake Como|water|Italy
Lake Garda|water|Italy
Lake Maggiore|water|
Lake Balaton|water|Hungary
Lake Bled|water|Slovenia
Lake Ohrid|water|
Lake Prespa|water|
Lake Peipus|water|
Lake Vanern|water|Sweden
Lake Vättern|water|Sweden
Lake Saimaa|water|Finland
Lake Eyre|water|Australia
Lake Taupo|water|New Zealand
Lake Wakatipu|water|New Zealand
Loch Ness|water|United Kingdom
Loch Lomond|water|United Kingdom
Loch Tay|water|United Kingdom
Loch Katrine|water|United Kingdom
Loch Awe|water|United Kingdom
Loch Fyne|water|United Kingdom
Loch Long|water|United Kingdom
Gare Loch|water|United Kingdom
Windermere|water|United Kingdom
Lake Windermere|water|United Kingdom
Ullswater|water|United Kingdom
Coniston Water|water|United Kingdom
Derwentwater|water|United Kingdom
Bala Lake|water|United Kingdom
Lough Neagh|water|United Kingdom
Lough Erne|water|United Kingdom
Lough Corrib|water|Ireland
Lough Derg|water|Ireland
Lough Ree|water|Ireland
Kielder Water|water|United Kingdom
Rutland Water|water|United Kingdom
# Waterfalls and dams
Niagara Falls|water|
Victoria Falls|water|
Iguazu Falls|water|
Iguaçu Falls|water|
Angel Falls|water|Venezuela
Hoover Dam|venue|United States
Three Gorges Dam|venue|China
Three Gorges|region|China
Aswan High Dam|venue|Egypt
Aswan Dam|venue|Egypt
Grand Ethiopian Renaissance Dam|venue|Ethiopia
Kakhovka Dam|venue|Ukraine
Mosul Dam|venue|Iraq
Kariba Dam|venue|
Itaipu Dam|venue|
Itaipu|venue|

# ---------------------------------------------------------------------------------------------
# 3. Mountains and ranges, deserts, peninsulas and islands
# ---------------------------------------------------------------------------------------------
# Mountain ranges and highlands
Alps|mountain|
Swiss Alps|mountain|Switzerland
French Alps|mountain|France
Italian Alps|mountain|Italy
Bavarian Alps|mountain|Germany
Julian Alps|mountain|Slovenia
Dolomites|mountain|Italy
Apennines|mountain|Italy
Pyrenees|mountain|
Jura Mountains|mountain|
Vosges|mountain|France
Massif Central|mountain|France
Ardennes|region|
Black Forest|region|Germany
Harz|mountain|Germany
Carpathians|mountain|
Carpathian Mountains|mountain|
Tatras|mountain|
Tatra Mountains|mountain|
Balkan Mountains|mountain|
Dinaric Alps|mountain|
Rhodope Mountains|mountain|
Caucasus Mountains|mountain|
Urals|mountain|Russia
Ural Mountains|mountain|Russia
Himalayas|mountain|
Himalaya|mountain|
Karakoram|mountain|
Hindu Kush|mountain|
Pamirs|mountain|
Pamir Mountains|mountain|
Tian Shan|mountain|
Tien Shan|mountain|
Altai|mountain|
Altai Mountains|mountain|
Kunlun Mountains|mountain|China
Zagros Mountains|mountain|Iran
Elburz Mountains|mountain|Iran
Alborz|mountain|Iran
Taurus Mountains|mountain|Turkey
Qandil Mountains|mountain|Iraq
Sinjar Mountains|mountain|Iraq
Mount Sinjar|mountain|Iraq
Tora Bora|mountain|Afghanistan
Spin Ghar|mountain|
Western Ghats|mountain|India
Eastern Ghats|mountain|India
Atlas Mountains|mountain|
Ethiopian Highlands|region|Ethiopia
Rwenzori Mountains|mountain|
Ruwenzori|mountain|
Drakensberg|mountain|
Aberdare Range|mountain|Kenya
Andes|mountain|
Rockies|mountain|
Rocky Mountains|mountain|
Canadian Rockies|mountain|Canada
Appalachians|mountain|United States
Appalachian Mountains|mountain|United States
Appalachia|region|United States
Sierra Nevada|mountain|
Sierra Madre|mountain|
Cascade Range|mountain|
Cascade Mountains|mountain|
Adirondacks|mountain|United States
Adirondack Mountains|mountain|United States
Catskills|mountain|United States
Catskill Mountains|mountain|United States
Berkshires|mountain|United States
Green Mountains|mountain|United States
White Mountains|mountain|United States
Blue Ridge Mountains|mountain|United States
Great Smoky Mountains|mountain|United States
Smoky Mountains|mountain|United States
Ozarks|region|United States
Ozark Mountains|mountain|United States
Black Hills|mountain|United States
Bighorn Mountains|mountain|United States
Wasatch Range|mountain|United States
Brooks Range|mountain|United States
Great Dividing Range|mountain|Australia
Snowy Mountains|mountain|Australia
Blue Mountains|mountain|Australia
Southern Alps|mountain|New Zealand
Pennines|mountain|United Kingdom
Cairngorms|mountain|United Kingdom
Grampians|mountain|United Kingdom
Grampian Mountains|mountain|United Kingdom
Cheviots|mountain|United Kingdom
Cheviot Hills|mountain|United Kingdom
Cambrian Mountains|mountain|United Kingdom
Brecon Beacons|mountain|United Kingdom
Bannau Brycheiniog|mountain|United Kingdom
Black Mountains|mountain|United Kingdom
Malvern Hills|mountain|United Kingdom
Mendips|mountain|United Kingdom
Mendip Hills|mountain|United Kingdom
Quantocks|mountain|United Kingdom
Quantock Hills|mountain|United Kingdom
Chilterns|region|United Kingdom
Chiltern Hills|mountain|United Kingdom
Cotswolds|region|United Kingdom
North Downs|region|United Kingdom
South Downs|region|United Kingdom
Mourne Mountains|mountain|United Kingdom
Mournes|mountain|United Kingdom
Sperrin Mountains|mountain|United Kingdom
Sperrins|mountain|United Kingdom
Wicklow Mountains|mountain|Ireland
Macgillycuddy's Reeks|mountain|Ireland
# Mountains and volcanoes
Everest|mountain|
Mount Everest|mountain|
K2|mountain|
Kangchenjunga|mountain|
Lhotse|mountain|
Makalu|mountain|
Annapurna|mountain|Nepal
Nanga Parbat|mountain|Pakistan
Mount Kailash|mountain|China
Kilimanjaro|mountain|Tanzania
Mount Kilimanjaro|mountain|Tanzania
Mount Kenya|mountain|Kenya
Mount Elgon|mountain|
Mount Nyiragongo|mountain|Democratic Republic of Congo
Nyiragongo|mountain|Democratic Republic of Congo
Mount Cameroon|mountain|Cameroon
Mont Blanc|mountain|
Matterhorn|mountain|
Eiger|mountain|Switzerland
Jungfrau|mountain|Switzerland
Zugspitze|mountain|Germany
Grossglockner|mountain|Austria
Mount Elbrus|mountain|Russia
Elbrus|mountain|Russia
Mount Ararat|mountain|Turkey
Ararat|mountain|Turkey
Mount Damavand|mountain|Iran
Mount Olympus|mountain|Greece
Mount Athos|region|Greece
Mount Etna|mountain|Italy
Etna|mountain|Italy
Vesuvius|mountain|Italy
Mount Vesuvius|mountain|Italy
Stromboli|mountain|Italy
Campi Flegrei|mountain|Italy
Mount Sinai|mountain|Egypt
Mount Hermon|mountain|
Mount of Olives|mountain|
Mount Carmel|mountain|Israel
Mount Fuji|mountain|Japan
Mount Ontake|mountain|Japan
Sakurajima|mountain|Japan
Mount Paektu|mountain|
Mount Pinatubo|mountain|Philippines
Mayon Volcano|mountain|Philippines
Taal Volcano|mountain|Philippines
Mount Merapi|mountain|Indonesia
Merapi|mountain|Indonesia
Mount Agung|mountain|Indonesia
Mount Semeru|mountain|Indonesia
Mount Sinabung|mountain|Indonesia
Mount Bromo|mountain|Indonesia
Krakatoa|mountain|Indonesia
Anak Krakatau|mountain|Indonesia
Mount Tambora|mountain|Indonesia
Ben Nevis|mountain|United Kingdom
Snowdon|mountain|United Kingdom
Yr Wyddfa|mountain|United Kingdom
Scafell Pike|mountain|United Kingdom
Helvellyn|mountain|United Kingdom
Pen y Fan|mountain|United Kingdom
Slieve Donard|mountain|United Kingdom
Croagh Patrick|mountain|Ireland
Carrauntoohil|mountain|Ireland
Aconcagua|mountain|Argentina
Cotopaxi|mountain|Ecuador
Chimborazo|mountain|Ecuador
Popocatepetl|mountain|Mexico
Popocatépetl|mountain|Mexico
Volcan de Fuego|mountain|Guatemala
Fuego volcano|mountain|Guatemala
Nevado del Ruiz|mountain|Colombia
Denali|mountain|United States
Mount McKinley|mountain|United States
Mount Rainier|mountain|United States
Mount St Helens|mountain|United States
Mount St. Helens|mountain|United States
Mount Hood|mountain|United States
Mount Shasta|mountain|United States
Mount Whitney|mountain|United States
Mount Washington|mountain|United States
Mount Rushmore|venue|United States
Pikes Peak|mountain|United States
Kilauea|mountain|United States
Mauna Loa|mountain|United States
Mauna Kea|mountain|United States
Mount Cook|mountain|New Zealand
Aoraki|mountain|New Zealand
Mount Ruapehu|mountain|New Zealand
Whakaari|island|New Zealand
White Island|island|New Zealand
Mount Kosciuszko|mountain|Australia
Uluru|mountain|Australia
Ayers Rock|mountain|Australia
Table Mountain|mountain|South Africa
Mount Erebus|mountain|
Eyjafjallajokull|mountain|Iceland
Eyjafjallajökull|mountain|Iceland
Hekla|mountain|Iceland
Grindavik|city|Iceland
Reykjanes Peninsula|region|Iceland
# Deserts, plains, plateaus and forests
Sahara Desert|region|
Gobi|region|
Gobi Desert|region|
Kalahari|region|
Kalahari Desert|region|
Namib Desert|region|Namibia
Atacama|region|Chile
Atacama Desert|region|Chile
Arabian Desert|region|
Empty Quarter|region|
Rub al-Khali|region|
Syrian Desert|region|
Negev Desert|region|Israel
Judean Desert|region|
Libyan Desert|region|
Western Desert|region|Egypt
Eastern Desert|region|Egypt
Nubian Desert|region|Sudan
Thar Desert|region|
Taklamakan|region|China
Taklamakan Desert|region|China
Karakum|region|Turkmenistan
Kyzylkum|region|
Dasht-e Kavir|region|Iran
Mojave Desert|region|United States
Mojave|region|United States
Sonoran Desert|region|
Chihuahuan Desert|region|
Great Basin|region|United States
Death Valley|region|United States
Painted Desert|region|United States
Great Plains|region|United States
Great Victoria Desert|region|Australia
Simpson Desert|region|Australia
Nullarbor|region|Australia
Nullarbor Plain|region|Australia
Eurasian Steppe|region|
Deccan Plateau|region|India
Iranian Plateau|region|
Anatolian Plateau|region|Turkey
Altiplano|region|
Pampas|region|Argentina
Llanos|region|
Everglades|region|United States
Mississippi Delta|region|United States
Sundarbans|region|
Terai|region|
Congo Basin|region|
Bialowieza Forest|region|
Białowieża Forest|region|
Sherwood Forest|region|United Kingdom
New Forest|region|United Kingdom
Forest of Dean|region|United Kingdom
Epping Forest|region|United Kingdom
Kielder Forest|region|United Kingdom
Thetford Forest|region|United Kingdom
Ashdown Forest|region|United Kingdom
Cannock Chase|region|United Kingdom
Salisbury Plain|region|United Kingdom
Dartmoor|region|United Kingdom
Exmoor|region|United Kingdom
Bodmin Moor|region|United Kingdom
North York Moors|region|United Kingdom
Yorkshire Dales|region|United Kingdom
Lake District|region|United Kingdom
Peak District|region|United Kingdom
Snowdonia|region|United Kingdom
Eryri|region|United Kingdom
Norfolk Broads|region|United Kingdom
Fens|region|United Kingdom
Fenland|region|United Kingdom
Weald|region|United Kingdom
Saddleworth Moor|region|United Kingdom
Ilkley Moor|region|United Kingdom
Rannoch Moor|region|United Kingdom
Flow Country|region|United Kingdom
Burren|region|Ireland
Connemara|region|Ireland
Wild Atlantic Way|region|Ireland
# Peninsulas and capes
Iberian Peninsula|region|
Balkan Peninsula|region|
Scandinavian Peninsula|region|
Italian Peninsula|region|Italy
Jutland|region|Denmark
Peloponnese|region|Greece
Chalkidiki|region|Greece
Halkidiki|region|Greece
Gallipoli|region|Turkey
Gallipoli Peninsula|region|Turkey
Kola Peninsula|region|Russia
Kamchatka|region|Russia
Kamchatka Peninsula|region|Russia
Yamal Peninsula|region|Russia
Chukotka|region|Russia
Taymyr Peninsula|region|Russia
Malay Peninsula|region|
Shandong Peninsula|region|China
Liaodong Peninsula|region|China
Kowloon Peninsula|region|Hong Kong
Yucatan|state|Mexico
Yucatán|state|Mexico
Baja California|state|Mexico
Baja California Sur|state|Mexico
Baja|region|Mexico
Florida Keys|island|United States
Florida Panhandle|region|United States
Delmarva Peninsula|region|United States
Cape Cod|region|United States
Cape Canaveral|venue|United States
Cape Hatteras|region|United States
Olympic Peninsula|region|United States
Kenai Peninsula|region|United States
Upper Peninsula|region|United States
Gaspe Peninsula|region|Canada
Cape York|region|Australia
Cape York Peninsula|region|Australia
Coromandel Peninsula|region|New Zealand
Antarctic Peninsula|region|
Cape Agulhas|region|South Africa
Cape Verde Peninsula|region|Senegal
Musandam|region|Oman
Qatar Peninsula|region|Qatar
Wirral|region|United Kingdom
Wirral Peninsula|region|United Kingdom
Gower|region|United Kingdom
Gower Peninsula|region|United Kingdom
Lleyn Peninsula|region|United Kingdom
Llyn Peninsula|region|United Kingdom
Lizard Peninsula|region|United Kingdom
Land's End|region|United Kingdom
Lands End|region|United Kingdom
John o' Groats|city|United Kingdom
John O'Groats|city|United Kingdom
Kintyre|region|United Kingdom
Mull of Kintyre|region|United Kingdom
Black Isle|region|United Kingdom
Isle of Purbeck|region|United Kingdom
Isle of Portland|region|United Kingdom
Isle of Thanet|region|United Kingdom
Isle of Sheppey|island|United Kingdom
Isle of Dogs|district|United Kingdom
Ards Peninsula|region|United Kingdom
Inishowen|region|Ireland
Dingle Peninsula|region|Ireland
Beara Peninsula|region|Ireland
Iveragh Peninsula|region|Ireland
Ring of Kerry|region|Ireland
# Islands and archipelagos of Europe
Sicily|island|Italy
Sardinia|island|Italy
Corsica|island|France
Crete|island|Greece
Rhodes|island|Greece
Corfu|island|Greece
Lesbos|island|Greece
Lesvos|island|Greece
Kos|island|Greece
Samos|island|Greece
Chios|island|Greece
Leros|island|Greece
Evia|island|Greece
Euboea|island|Greece
Santorini|island|Greece
Mykonos|island|Greece
Zakynthos|island|Greece
Zante|island|Greece
Kefalonia|island|Greece
Cephalonia|island|Greece
Ithaca|island|Greece
Naxos|island|Greece
Paros|island|Greece
Skiathos|island|Greece
Cyclades|island|Greece
Dodecanese|island|Greece
Ionian Islands|island|Greece
Greek islands|island|Greece
Majorca|island|Spain
Mallorca|island|Spain
Minorca|island|Spain
Menorca|island|Spain
Ibiza|island|Spain
Formentera|island|Spain
Balearic Islands|island|Spain
Balearics|island|Spain
Canary Islands|island|Spain
Canaries|island|Spain
Tenerife|island|Spain
Gran Canaria|island|Spain
Lanzarote|island|Spain
Fuerteventura|island|Spain
La Palma|island|Spain
La Gomera|island|Spain
El Hierro|island|Spain
Madeira|island|Portugal
Azores|island|Portugal
Gozo|island|Malta
Capri|island|Italy
Ischia|island|Italy
Elba|island|Italy
Lampedusa|island|Italy
Pantelleria|island|Italy
Aeolian Islands|island|Italy
Lipari|island|Italy
Faroe Islands|island|Denmark
Faroes|island|Denmark
Bornholm|island|Denmark
Gotland|island|Sweden
Oland|island|Sweden
Åland|island|Finland
Aland Islands|island|Finland
Åland Islands|island|Finland
Svalbard|island|Norway
Spitsbergen|island|Norway
Lofoten|island|Norway
Lofoten Islands|island|Norway
Jan Mayen|island|Norway
Heligoland|island|Germany
Sylt|island|Germany
Rugen|island|Germany
Rügen|island|Germany
Frisian Islands|island|
Texel|island|Netherlands
Saaremaa|island|Estonia
Hvar|island|Croatia
Brac|island|Croatia
Korcula|island|Croatia
Krk|island|Croatia
Novaya Zemlya|island|Russia
Franz Josef Land|island|Russia
Snake Island|island|Ukraine
Zmiinyi Island|island|Ukraine
Vasilievsky Island|island|Russia
# Islands of Britain and Ireland (the Crown dependencies and British overseas territories are given
# the country United Kingdom for grouping, though they are not part of it)
British Isles|island|
Isle of Wight|island|United Kingdom
Isle of Man|island|United Kingdom
Channel Islands|island|United Kingdom
Guernsey|island|United Kingdom
Alderney|island|United Kingdom
Sark|island|United Kingdom
Herm|island|United Kingdom
Isles of Scilly|island|United Kingdom
Scilly Isles|island|United Kingdom
Scilly|island|United Kingdom
Lundy|island|United Kingdom
Lundy Island|island|United Kingdom
Anglesey|island|United Kingdom
Isle of Anglesey|island|United Kingdom
Ynys Mon|island|United Kingdom
Holy Island|island|United Kingdom
Lindisfarne|island|United Kingdom
Farne Islands|island|United Kingdom
Hayling Island|island|United Kingdom
Canvey Island|island|United Kingdom
Mersea Island|island|United Kingdom
Foulness|island|United Kingdom
Walney Island|island|United Kingdom
Caldey Island|island|United Kingdom
Skomer|island|United Kingdom
Bardsey Island|island|United Kingdom
Shetland|island|United Kingdom
Shetland Islands|island|United Kingdom
Orkney|island|United Kingdom
Orkney Islands|island|United Kingdom
Orkney and Shetland|island|United Kingdom
Fair Isle|island|United Kingdom
Hebrides|island|United Kingdom
Outer Hebrides|island|United Kingdom
Inner Hebrides|island|United Kingdom
Western Isles|island|United Kingdom
Na h-Eileanan Siar|island|United Kingdom
Skye|island|United Kingdom
Isle of Skye|island|United Kingdom
Isle of Lewis|island|United Kingdom
Lewis and Harris|island|United Kingdom
Isle of Harris|island|United Kingdom
Isle of Mull|island|United Kingdom
Islay|island|United Kingdom
Isle of Islay|island|United Kingdom
Jura|island|United Kingdom
Isle of Jura|island|United Kingdom
Arran|island|United Kingdom
Isle of Arran|island|United Kingdom
Iona|island|United Kingdom
Isle of Iona|island|United Kingdom
Isle of Bute|island|United Kingdom
Bute|island|United Kingdom
Tiree|island|United Kingdom
Coll|island|United Kingdom
Barra|island|United Kingdom
Benbecula|island|United Kingdom
North Uist|island|United Kingdom
South Uist|island|United Kingdom
Eigg|island|United Kingdom
St Kilda|island|United Kingdom
Raasay|island|United Kingdom
Great Cumbrae|island|United Kingdom
Rathlin Island|island|United Kingdom
Achill Island|island|Ireland
Achill|island|Ireland
Aran Islands|island|Ireland
Inishmore|island|Ireland
Tory Island|island|Ireland
Cape Clear|island|Ireland
Skellig Michael|island|Ireland
Skelligs|island|Ireland
Valentia Island|island|Ireland
Clare Island|island|Ireland
Bere Island|island|Ireland
# Islands of the Americas and the Atlantic
Falklands|island|United Kingdom
Falkland Islands|island|United Kingdom
Malvinas|island|United Kingdom
South Georgia|island|United Kingdom
South Sandwich Islands|island|United Kingdom
St Helena|island|United Kingdom
Saint Helena|island|United Kingdom
Ascension Island|island|United Kingdom
Tristan da Cunha|island|United Kingdom
Bermuda|island|United Kingdom
Cayman Islands|island|United Kingdom
Caymans|island|United Kingdom
Grand Cayman|island|United Kingdom
British Virgin Islands|island|United Kingdom
Tortola|island|United Kingdom
Turks and Caicos|island|United Kingdom
Turks and Caicos Islands|island|United Kingdom
Anguilla|island|United Kingdom
Montserrat|island|United Kingdom
US Virgin Islands|island|United States
U.S. Virgin Islands|island|United States
Virgin Islands|island|
St Croix|island|United States
Guam|island|United States
Saipan|island|United States
Tinian|island|United States
Northern Mariana Islands|island|United States
Northern Marianas|island|United States
Mariana Islands|island|
American Samoa|island|United States
Wake Island|island|United States
Midway Atoll|island|United States
Johnston Atoll|island|United States
Long Island|island|United States
Martha's Vineyard|island|United States
Nantucket|island|United States
Block Island|island|United States
Fire Island|island|United States
Ellis Island|island|United States
Liberty Island|island|United States
Governors Island|island|United States
Rikers Island|island|United States
Roosevelt Island|island|United States
Randall's Island|island|United States
Coney Island|district|United States
Alcatraz|island|United States
Angel Island|island|United States
Catalina Island|island|United States
Santa Catalina Island|island|United States
Outer Banks|island|United States
Hilton Head|island|United States
Hilton Head Island|island|United States
Amelia Island|island|United States
Sanibel|island|United States
Sanibel Island|island|United States
Sea Island|island|United States
Mackinac Island|island|United States
Kodiak|island|United States
Kodiak Island|island|United States
Aleutian Islands|island|United States
Aleutians|island|United States
Pribilof Islands|island|United States
Oahu|island|United States
O'ahu|island|United States
Maui|island|United States
Kauai|island|United States
Molokai|island|United States
Lanai|island|United States
Big Island|island|United States
Pearl Harbor|water|United States
Newfoundland|island|Canada
Vancouver Island|island|Canada
Baffin Island|island|Canada
Ellesmere Island|island|Canada
Victoria Island|island|Canada
Cape Breton|island|Canada
Cape Breton Island|island|Canada
Sable Island|island|Canada
Haida Gwaii|island|Canada
St Pierre and Miquelon|island|France
Hispaniola|island|
Tobago|island|Trinidad and Tobago
Aruba|island|Netherlands
Curacao|island|Netherlands
Curaçao|island|Netherlands
Bonaire|island|Netherlands
Sint Maarten|island|Netherlands
St Martin|island|
Saint Martin|island|France
St Barts|island|France
St Barthelemy|island|France
Saint Barthélemy|island|France
Guadeloupe|island|France
Martinique|island|France
French Guiana|region|France
Isla Margarita|island|Venezuela
Margarita Island|island|Venezuela
Isla de la Juventud|island|Cuba
Roatan|island|Honduras
Cozumel|island|Mexico
Isla Mujeres|island|Mexico
Galapagos|island|Ecuador
Galapagos Islands|island|Ecuador
Galápagos Islands|island|Ecuador
Easter Island|island|Chile
Rapa Nui|island|Chile
Juan Fernandez Islands|island|Chile
Chiloe|island|Chile
Fernando de Noronha|island|Brazil
South Shetland Islands|island|
# Islands of Africa and the Indian Ocean
Zanzibar|island|Tanzania
Pemba|island|Tanzania
Mafia Island|island|Tanzania
Lamu|island|Kenya
Socotra|island|Yemen
Perim|island|Yemen
Bioko|island|Equatorial Guinea
Réunion|island|France
La Reunion|island|France
Mayotte|island|France
Diego Garcia|island|United Kingdom
Chagos Islands|island|
Chagos Archipelago|island|
British Indian Ocean Territory|island|United Kingdom
Djerba|island|Tunisia
Robben Island|island|South Africa
Gorée|island|Senegal
Goree Island|island|Senegal
Kish Island|island|Iran
Kish|island|Iran
Kharg Island|island|Iran
Qeshm|island|Iran
Abu Musa|island|Iran
Greater Tunb|island|Iran
Lesser Tunb|island|Iran
Tiran Island|island|Saudi Arabia
Sanafir|island|Saudi Arabia
Failaka|island|Kuwait
Bubiyan|island|Kuwait
Masirah|island|Oman
Hanish Islands|island|Yemen
Kamaran|island|Yemen
Andaman Islands|island|India
Nicobar Islands|island|India
Andaman and Nicobar Islands|island|India
Lakshadweep|island|India
Katchatheevu|island|
Mannar|island|Sri Lanka
# Islands of Asia and the Pacific
Honshu|island|Japan
Hokkaido|island|Japan
Kyushu|island|Japan
Shikoku|island|Japan
Okinawa|island|Japan
Ryukyu Islands|island|Japan
Ryukyus|island|Japan
Iwo Jima|island|Japan
Ogasawara Islands|island|Japan
Sado|island|Japan
Senkaku Islands|island|Japan
Senkakus|island|Japan
Diaoyu Islands|island|Japan
Diaoyus|island|Japan
Kuril Islands|island|Russia
Kurile Islands|island|Russia
Kurils|island|Russia
Sakhalin|island|Russia
Wrangel Island|island|Russia
Hainan|island|China
Hainan Island|island|China
Hong Kong Island|island|Hong Kong
Lantau|island|Hong Kong
Lantau Island|island|Hong Kong
Lamma Island|island|Hong Kong
Kinmen|island|Taiwan
Quemoy|island|Taiwan
Matsu|island|Taiwan
Matsu Islands|island|Taiwan
Penghu|island|Taiwan
Pratas|island|Taiwan
Jeju|island|South Korea
Jeju Island|island|South Korea
Cheju|island|South Korea
Dokdo|island|South Korea
Takeshima|island|South Korea
Yeonpyeong|island|South Korea
Yeonpyeong Island|island|South Korea
Baengnyeong Island|island|South Korea
Spratly Islands|island|
Spratlys|island|
Paracel Islands|island|
Paracels|island|
Scarborough Shoal|island|
Second Thomas Shoal|island|
Mischief Reef|island|
Fiery Cross Reef|island|
Thitu|island|Philippines
Pag-asa Island|island|Philippines
Luzon|island|Philippines
Visayas|island|Philippines
Palawan|island|Philippines
Mindoro|island|Philippines
Leyte|island|Philippines
Samar|island|Philippines
Panay|island|Philippines
Bohol|island|Philippines
Jolo|island|Philippines
Basilan|island|Philippines
Sulu|province|Philippines
Sulu Archipelago|island|Philippines
Boracay|island|Philippines
Siargao|island|Philippines
Sumatra|island|Indonesia
Bali|island|Indonesia
Lombok|island|Indonesia
Sulawesi|island|Indonesia
Celebes|island|Indonesia
Kalimantan|island|Indonesia
Moluccas|island|Indonesia
Maluku|province|Indonesia
Komodo|island|Indonesia
Sumbawa|island|Indonesia
Sumba|island|Indonesia
Timor|island|
West Timor|region|Indonesia
Nias|island|Indonesia
Bangka|island|Indonesia
Batam|island|Indonesia
Bintan|island|Indonesia
Riau Islands|province|Indonesia
Gili Islands|island|Indonesia
New Guinea|island|
Penang|state|Malaysia
Langkawi|island|Malaysia
Labuan|island|Malaysia
Sentosa|island|Singapore
Phuket|island|Thailand
Koh Samui|island|Thailand
Ko Samui|island|Thailand
Koh Phangan|island|Thailand
Koh Tao|island|Thailand
Phi Phi Islands|island|Thailand
Koh Phi Phi|island|Thailand
Phu Quoc|island|Vietnam
Tasmania|state|Australia
Kangaroo Island|island|Australia
K'gari|island|Australia
Fraser Island|island|Australia
Rottnest Island|island|Australia
Lord Howe Island|island|Australia
Norfolk Island|island|Australia
Christmas Island|island|Australia
Cocos Islands|island|Australia
Thursday Island|island|Australia
Torres Strait Islands|island|Australia
Melville Island|island|Australia
Whitsunday Islands|island|Australia
Whitsundays|island|Australia
Great Barrier Reef|water|Australia
Manus Island|island|Papua New Guinea
Manus|island|Papua New Guinea
New Britain|island|Papua New Guinea
New Ireland|island|Papua New Guinea
North Island|island|New Zealand
South Island|island|New Zealand
Stewart Island|island|New Zealand
Chatham Islands|island|New Zealand
Waiheke Island|island|New Zealand
Cook Islands|island|New Zealand
Rarotonga|island|New Zealand
Niue|island|New Zealand
Tokelau|island|New Zealand
Tahiti|island|France
French Polynesia|island|France
Bora Bora|island|France
Marquesas Islands|island|France
Mururoa|island|France
Moruroa|island|France
New Caledonia|island|France
Wallis and Futuna|island|France
Pitcairn Islands|island|United Kingdom
Pitcairn|island|United Kingdom
Guadalcanal|island|Solomon Islands
Espiritu Santo|island|Vanuatu
Viti Levu|island|Fiji
Vanua Levu|island|Fiji
Bikini Atoll|island|Marshall Islands
Kwajalein|island|Marshall Islands
Enewetak|island|Marshall Islands
Tarawa|island|Kiribati
Upolu|island|Samoa
Savai'i|island|Samoa
Tongatapu|island|Tonga
Bougainville Island|island|Papua New Guinea
Kerguelen Islands|island|France
Heard Island|island|Australia
Macquarie Island|island|Australia

# ---------------------------------------------------------------------------------------------
# 4. United Kingdom
# ---------------------------------------------------------------------------------------------
# Nations' parts and regions
South East England|region|United Kingdom
South West England|region|United Kingdom
North West England|region|United Kingdom
North East England|region|United Kingdom
West Midlands|region|United Kingdom
East Midlands|region|United Kingdom
Midlands|region|United Kingdom
East of England|region|United Kingdom
East Anglia|region|United Kingdom
Yorkshire and the Humber|region|United Kingdom
Yorkshire and Humber|region|United Kingdom
Home Counties|region|United Kingdom
West Country|region|United Kingdom
Black Country|region|United Kingdom
Potteries|region|United Kingdom
Thames Valley|region|United Kingdom
Thames Gateway|region|United Kingdom
Tyneside|region|United Kingdom
Wearside|region|United Kingdom
Teesside|region|United Kingdom
Humberside|county|United Kingdom
Merseyside|county|United Kingdom
Greater Manchester|county|United Kingdom
Greater London|county|United Kingdom
Wessex|region|United Kingdom
Northumbria|region|United Kingdom
Fylde|region|United Kingdom
Fylde Coast|region|United Kingdom
Furness|region|United Kingdom
Craven|district|United Kingdom
Holderness|region|United Kingdom
Scottish Highlands|region|United Kingdom
Highlands|region|United Kingdom
Highlands and Islands|region|United Kingdom
Lowlands|region|United Kingdom
Scottish Lowlands|region|United Kingdom
Central Belt|region|United Kingdom
Scottish Borders|county|United Kingdom
Strathclyde|region|United Kingdom
Grampian|region|United Kingdom
Tayside|region|United Kingdom
Lothian|region|United Kingdom
Lothians|region|United Kingdom
Central Scotland|region|United Kingdom
North Wales|region|United Kingdom
South Wales|region|United Kingdom
Mid Wales|region|United Kingdom
West Wales|region|United Kingdom
South Wales Valleys|region|United Kingdom
Gwent|region|United Kingdom
Dyfed|region|United Kingdom
Clwyd|region|United Kingdom
Glamorgan|county|United Kingdom
Mid Glamorgan|county|United Kingdom
South Glamorgan|county|United Kingdom
West Glamorgan|county|United Kingdom
Mid Ulster|district|United Kingdom
# Ceremonial and historic counties of England
Bedfordshire|county|United Kingdom
Berkshire|county|United Kingdom
Buckinghamshire|county|United Kingdom
Bucks|county|United Kingdom
Cambridgeshire|county|United Kingdom
Cheshire|county|United Kingdom
Cornwall|county|United Kingdom
Cumbria|county|United Kingdom
Cumberland|county|United Kingdom
Westmorland|county|United Kingdom
Derbyshire|county|United Kingdom
Devon|county|United Kingdom
Dorset|county|United Kingdom
County Durham|county|United Kingdom
Co Durham|county|United Kingdom
East Riding of Yorkshire|county|United Kingdom
East Riding|county|United Kingdom
East Yorkshire|county|United Kingdom
East Sussex|county|United Kingdom
Essex|county|United Kingdom
Gloucestershire|county|United Kingdom
Hampshire|county|United Kingdom
Hants|county|United Kingdom
Herefordshire|county|United Kingdom
Hertfordshire|county|United Kingdom
Herts|county|United Kingdom
Huntingdonshire|county|United Kingdom
Kent|county|United Kingdom
Lancashire|county|United Kingdom
Leicestershire|county|United Kingdom
Lincolnshire|county|United Kingdom
Middlesex|county|United Kingdom
Norfolk|county|United Kingdom
Northamptonshire|county|United Kingdom
Northants|county|United Kingdom
Northumberland|county|United Kingdom
North Yorkshire|county|United Kingdom
Nottinghamshire|county|United Kingdom
Notts|county|United Kingdom
Oxfordshire|county|United Kingdom
Oxon|county|United Kingdom
Rutland|county|United Kingdom
Shropshire|county|United Kingdom
Somerset|county|United Kingdom
North Somerset|county|United Kingdom
South Yorkshire|county|United Kingdom
Staffordshire|county|United Kingdom
Staffs|county|United Kingdom
Suffolk|county|United Kingdom
Surrey|county|United Kingdom
Sussex|county|United Kingdom
Tyne and Wear|county|United Kingdom
Warwickshire|county|United Kingdom
West Sussex|county|United Kingdom
West Yorkshire|county|United Kingdom
Wiltshire|county|United Kingdom
Wilts|county|United Kingdom
Worcestershire|county|United Kingdom
Hereford and Worcester|county|United Kingdom
Yorkshire|county|United Kingdom
Cleveland|county|United Kingdom
# Scotland: council areas and historic counties
Aberdeen City|county|United Kingdom
Aberdeenshire|county|United Kingdom
Argyll and Bute|county|United Kingdom
Argyll|county|United Kingdom
Argyllshire|county|United Kingdom
Ayrshire|county|United Kingdom
East Ayrshire|county|United Kingdom
North Ayrshire|county|United Kingdom
South Ayrshire|county|United Kingdom
Banffshire|county|United Kingdom
Berwickshire|county|United Kingdom
Caithness|county|United Kingdom
Clackmannanshire|county|United Kingdom
Dumfries and Galloway|county|United Kingdom
Dumfriesshire|county|United Kingdom
Dunbartonshire|county|United Kingdom
East Dunbartonshire|county|United Kingdom
West Dunbartonshire|county|United Kingdom
East Lothian|county|United Kingdom
Midlothian|county|United Kingdom
West Lothian|county|United Kingdom
East Renfrewshire|county|United Kingdom
Renfrewshire|county|United Kingdom
Fife|county|United Kingdom
Inverclyde|county|United Kingdom
Inverness-shire|county|United Kingdom
Kincardineshire|county|United Kingdom
Kinross-shire|county|United Kingdom
Kirkcudbrightshire|county|United Kingdom
Lanarkshire|county|United Kingdom
North Lanarkshire|county|United Kingdom
South Lanarkshire|county|United Kingdom
Moray|county|United Kingdom
Nairnshire|county|United Kingdom
Peeblesshire|county|United Kingdom
Perth and Kinross|county|United Kingdom
Perthshire|county|United Kingdom
Ross and Cromarty|county|United Kingdom
Ross-shire|county|United Kingdom
Roxburghshire|county|United Kingdom
Selkirkshire|county|United Kingdom
Stirlingshire|county|United Kingdom
Wester Ross|region|United Kingdom
Easter Ross|region|United Kingdom
Wigtownshire|county|United Kingdom
Lochaber|region|United Kingdom
Badenoch|region|United Kingdom
Trossachs|region|United Kingdom
Deeside|region|United Kingdom
Royal Deeside|region|United Kingdom
Speyside|region|United Kingdom
Great Glen|region|United Kingdom
Glencoe|region|United Kingdom
Glen Coe|region|United Kingdom
# Wales: principal areas and historic counties
Blaenau Gwent|county|United Kingdom
Bridgend County|county|United Kingdom
Caerphilly County|county|United Kingdom
Carmarthenshire|county|United Kingdom
Ceredigion|county|United Kingdom
Conwy County|county|United Kingdom
Denbighshire|county|United Kingdom
Flintshire|county|United Kingdom
Gwynedd|county|United Kingdom
Merthyr Tydfil|city|United Kingdom
Monmouthshire|county|United Kingdom
Neath Port Talbot|county|United Kingdom
Pembrokeshire|county|United Kingdom
Powys|county|United Kingdom
Rhondda Cynon Taf|county|United Kingdom
Rhondda Cynon Taff|county|United Kingdom
Rhondda|region|United Kingdom
Torfaen|county|United Kingdom
Vale of Glamorgan|county|United Kingdom
Brecknockshire|county|United Kingdom
Breconshire|county|United Kingdom
Caernarfonshire|county|United Kingdom
Caernarvonshire|county|United Kingdom
Cardiganshire|county|United Kingdom
Merionethshire|county|United Kingdom
Montgomeryshire|county|United Kingdom
Radnorshire|county|United Kingdom
Vale of Clwyd|region|United Kingdom
# Northern Ireland: counties and districts
Antrim|county|United Kingdom
County Antrim|county|United Kingdom
Co Antrim|county|United Kingdom
County Armagh|county|United Kingdom
Co Armagh|county|United Kingdom
County Down|county|United Kingdom
Co Down|county|United Kingdom
Fermanagh|county|United Kingdom
County Fermanagh|county|United Kingdom
Co Fermanagh|county|United Kingdom
County Londonderry|county|United Kingdom
Co Londonderry|county|United Kingdom
County Derry|county|United Kingdom
Co Derry|county|United Kingdom
County Tyrone|county|United Kingdom
Co Tyrone|county|United Kingdom
Fermanagh and Omagh|district|United Kingdom
Causeway Coast|region|United Kingdom
Giant's Causeway|venue|United Kingdom
Glens of Antrim|region|United Kingdom
South Armagh|region|United Kingdom
East Belfast|district|United Kingdom
West Belfast|district|United Kingdom
North Belfast|district|United Kingdom
South Belfast|district|United Kingdom
Shankill|district|United Kingdom
Falls Road|district|United Kingdom
Ardoyne|district|United Kingdom
Bogside|district|United Kingdom
Creggan|district|United Kingdom
# Cities of England
Birmingham|city|United Kingdom
Bradford|city|United Kingdom
Brighton|city|United Kingdom
Brighton and Hove|city|United Kingdom
Bristol|city|United Kingdom
Cambridge|city|United Kingdom
Canterbury|city|United Kingdom
Carlisle|city|United Kingdom
Chelmsford|city|United Kingdom
Chichester|city|United Kingdom
Colchester|city|United Kingdom
Coventry|city|United Kingdom
Derby|city|United Kingdom
Doncaster|city|United Kingdom
Durham|city|United Kingdom
Ely|city|United Kingdom
Exeter|city|United Kingdom
Gloucester|city|United Kingdom
Hereford|city|United Kingdom
Hull|city|United Kingdom
Kingston upon Hull|city|United Kingdom
Lancaster|city|United Kingdom
Leeds|city|United Kingdom
Leicester|city|United Kingdom
Lichfield|city|United Kingdom
Liverpool|city|United Kingdom
London|city|United Kingdom
Manchester|city|United Kingdom
Milton Keynes|city|United Kingdom
Newcastle|city|United Kingdom
Newcastle upon Tyne|city|United Kingdom
Newcastle-upon-Tyne|city|United Kingdom
Norwich|city|United Kingdom
Nottingham|city|United Kingdom
Oxford|city|United Kingdom
Peterborough|city|United Kingdom
Plymouth|city|United Kingdom
Portsmouth|city|United Kingdom
Preston|city|United Kingdom
Ripon|city|United Kingdom
Salford|city|United Kingdom
Salisbury|city|United Kingdom
Sheffield|city|United Kingdom
Southampton|city|United Kingdom
Southend-on-Sea|city|United Kingdom
Southend|city|United Kingdom
St Albans|city|United Kingdom
Stoke-on-Trent|city|United Kingdom
Stoke|city|United Kingdom
Sunderland|city|United Kingdom
Truro|city|United Kingdom
Wakefield|city|United Kingdom
Winchester|city|United Kingdom
Wolverhampton|city|United Kingdom
Worcester|city|United Kingdom
York|city|United Kingdom
# Cities of Scotland, Wales and Northern Ireland
Aberdeen|city|United Kingdom
Dundee|city|United Kingdom
Dunfermline|city|United Kingdom
Edinburgh|city|United Kingdom
Glasgow|city|United Kingdom
Inverness|city|United Kingdom
Perth|city|United Kingdom
Stirling|city|United Kingdom
Bangor|city|United Kingdom
Cardiff|city|United Kingdom
Newport|city|United Kingdom
St Asaph|city|United Kingdom
St Davids|city|United Kingdom
St David's|city|United Kingdom
Swansea|city|United Kingdom
Wrexham|city|United Kingdom
Armagh|city|United Kingdom
Belfast|city|United Kingdom
Derry|city|United Kingdom
Londonderry|city|United Kingdom
Derry/Londonderry|city|United Kingdom
Lisburn|city|United Kingdom
Newry|city|United Kingdom
# Towns of England: North West
Accrington|city|United Kingdom
Altrincham|city|United Kingdom
Ashton-under-Lyne|city|United Kingdom
Atherton|city|United Kingdom
Barrow-in-Furness|city|United Kingdom
Birkenhead|city|United Kingdom
Blackburn|city|United Kingdom
Blackpool|city|United Kingdom
Bolton|city|United Kingdom
Bootle|city|United Kingdom
Burnley|city|United Kingdom
Cheadle|city|United Kingdom
Chorley|city|United Kingdom
Clitheroe|city|United Kingdom
Cockermouth|city|United Kingdom
Colne|city|United Kingdom
Congleton|city|United Kingdom
Crewe|city|United Kingdom
Darwen|city|United Kingdom
Denton|city|United Kingdom
Eccles|city|United Kingdom
Ellesmere Port|city|United Kingdom
Fleetwood|city|United Kingdom
Formby|city|United Kingdom
Frodsham|city|United Kingdom
Glossop|city|United Kingdom
Haslingden|city|United Kingdom
Heywood|city|United Kingdom
Huyton|city|United Kingdom
Kendal|city|United Kingdom
Keswick|city|United Kingdom
Kirkby|city|United Kingdom
Knowsley|city|United Kingdom
Knutsford|city|United Kingdom
Leyland|city|United Kingdom
Lytham St Annes|city|United Kingdom
Lytham|city|United Kingdom
Macclesfield|city|United Kingdom
Maryport|city|United Kingdom
Middlewich|city|United Kingdom
Morecambe|city|United Kingdom
Nantwich|city|United Kingdom
Northwich|city|United Kingdom
Oldham|city|United Kingdom
Ormskirk|city|United Kingdom
Penrith|city|United Kingdom
Poulton-le-Fylde|city|United Kingdom
Prescot|city|United Kingdom
Prestwich|city|United Kingdom
Rawtenstall|city|United Kingdom
Rochdale|city|United Kingdom
Rossendale|city|United Kingdom
Runcorn|city|United Kingdom
Sandbach|city|United Kingdom
Sefton|district|United Kingdom
Skelmersdale|city|United Kingdom
Southport|city|United Kingdom
St Helens|city|United Kingdom
Stalybridge|city|United Kingdom
Stockport|city|United Kingdom
Stretford|city|United Kingdom
Tameside|district|United Kingdom
Trafford|district|United Kingdom
Ulverston|city|United Kingdom
Urmston|city|United Kingdom
Wallasey|city|United Kingdom
Warrington|city|United Kingdom
Whitehaven|city|United Kingdom
Widnes|city|United Kingdom
Wigan|city|United Kingdom
Wilmslow|city|United Kingdom
Winsford|city|United Kingdom
Workington|city|United Kingdom
Wythenshawe|district|United Kingdom
Moss Side|district|United Kingdom
Toxteth|district|United Kingdom
Everton|district|United Kingdom
Kirkby-in-Ashfield|city|United Kingdom
Sellafield|venue|United Kingdom
Ambleside|city|United Kingdom
Bowness-on-Windermere|city|United Kingdom
Grange-over-Sands|city|United Kingdom
Alderley Edge|city|United Kingdom
Farnworth|city|United Kingdom
Horwich|city|United Kingdom
Westhoughton|city|United Kingdom
Hindley|city|United Kingdom
Saddleworth|city|United Kingdom
# Towns of England: North East and Yorkshire
Alnwick|city|United Kingdom
Ashington|city|United Kingdom
Barnsley|city|United Kingdom
Batley|city|United Kingdom
Bedlington|city|United Kingdom
Berwick-upon-Tweed|city|United Kingdom
Billingham|city|United Kingdom
Bingley|city|United Kingdom
Bishop Auckland|city|United Kingdom
Blyth|city|United Kingdom
Brighouse|city|United Kingdom
Bridlington|city|United Kingdom
Castleford|city|United Kingdom
Chester-le-Street|city|United Kingdom
Cleckheaton|city|United Kingdom
Consett|city|United Kingdom
Cramlington|city|United Kingdom
Darlington|city|United Kingdom
Dewsbury|city|United Kingdom
Driffield|city|United Kingdom
Filey|city|United Kingdom
Gateshead|city|United Kingdom
Goole|city|United Kingdom
Guisborough|city|United Kingdom
Halifax|city|United Kingdom
Harrogate|city|United Kingdom
Hartlepool|city|United Kingdom
Hebburn|city|United Kingdom
Hebden Bridge|city|United Kingdom
Hexham|city|United Kingdom
Holmfirth|city|United Kingdom
Hornsea|city|United Kingdom
Huddersfield|city|United Kingdom
Ilkley|city|United Kingdom
Jarrow|city|United Kingdom
Keighley|city|United Kingdom
Knaresborough|city|United Kingdom
Malton|city|United Kingdom
Mexborough|city|United Kingdom
Middlesbrough|city|United Kingdom
Mirfield|city|United Kingdom
Morley|city|United Kingdom
Morpeth|city|United Kingdom
Newton Aycliffe|city|United Kingdom
Normanton|city|United Kingdom
North Shields|city|United Kingdom
Northallerton|city|United Kingdom
Ossett|city|United Kingdom
Otley|city|United Kingdom
Penistone|city|United Kingdom
Peterlee|city|United Kingdom
Pontefract|city|United Kingdom
Pudsey|city|United Kingdom
Redcar|city|United Kingdom
Rotherham|city|United Kingdom
Scarborough|city|United Kingdom
Seaham|city|United Kingdom
Selby|city|United Kingdom
Shipley|city|United Kingdom
Skipton|city|United Kingdom
South Shields|city|United Kingdom
Spennymoor|city|United Kingdom
Stockton-on-Tees|city|United Kingdom
Tadcaster|city|United Kingdom
Thirsk|city|United Kingdom
Thornaby|city|United Kingdom
Todmorden|city|United Kingdom
Tynemouth|city|United Kingdom
Wetherby|city|United Kingdom
Whitby|city|United Kingdom
Whitley Bay|city|United Kingdom
Withernsea|city|United Kingdom
Wombwell|city|United Kingdom
Maltby|city|United Kingdom
Stocksbridge|city|United Kingdom
Hemsworth|city|United Kingdom
Featherstone|city|United Kingdom
Knottingley|city|United Kingdom
Rothwell|city|United Kingdom
Horsforth|city|United Kingdom
Headingley|district|United Kingdom
Chapeltown|district|United Kingdom
Harehills|district|United Kingdom
Beeston|district|United Kingdom
Saltburn|city|United Kingdom
Saltburn-by-the-Sea|city|United Kingdom
Amble|city|United Kingdom
Bamburgh|city|United Kingdom
Haltwhistle|city|United Kingdom
Killingworth|city|United Kingdom
Wallsend|city|United Kingdom
Durham City|city|United Kingdom
# Towns of England: Midlands
Alfreton|city|United Kingdom
Ashbourne|city|United Kingdom
Ashby-de-la-Zouch|city|United Kingdom
Bakewell|city|United Kingdom
Bedworth|city|United Kingdom
Belper|city|United Kingdom
Biddulph|city|United Kingdom
Bilston|city|United Kingdom
Bolsover|city|United Kingdom
Brierley Hill|city|United Kingdom
Bromsgrove|city|United Kingdom
Bridgnorth|city|United Kingdom
Burslem|city|United Kingdom
Burton upon Trent|city|United Kingdom
Burton-upon-Trent|city|United Kingdom
Buxton|city|United Kingdom
Cannock|city|United Kingdom
Chesterfield|city|United Kingdom
Coalville|city|United Kingdom
Corby|city|United Kingdom
Daventry|city|United Kingdom
Droitwich|city|United Kingdom
Dronfield|city|United Kingdom
Edgbaston|district|United Kingdom
Erdington|district|United Kingdom
Evesham|city|United Kingdom
Grantham|city|United Kingdom
Gainsborough|city|United Kingdom
Grimsby|city|United Kingdom
Cleethorpes|city|United Kingdom
Halesowen|city|United Kingdom
Handsworth|district|United Kingdom
Hanley|city|United Kingdom
Hinckley|city|United Kingdom
Hucknall|city|United Kingdom
Ilkeston|city|United Kingdom
Immingham|city|United Kingdom
Kenilworth|city|United Kingdom
Kettering|city|United Kingdom
Kidderminster|city|United Kingdom
Kidsgrove|city|United Kingdom
Leamington Spa|city|United Kingdom
Royal Leamington Spa|city|United Kingdom
Leamington|city|United Kingdom
Ledbury|city|United Kingdom
Leominster|city|United Kingdom
Long Eaton|city|United Kingdom
Loughborough|city|United Kingdom
Ludlow|city|United Kingdom
Malvern|city|United Kingdom
Mansfield|city|United Kingdom
Market Drayton|city|United Kingdom
Market Harborough|city|United Kingdom
Matlock|city|United Kingdom
Melton Mowbray|city|United Kingdom
Newark-on-Trent|city|United Kingdom
Newcastle-under-Lyme|city|United Kingdom
Northampton|city|United Kingdom
Nuneaton|city|United Kingdom
Oakham|city|United Kingdom
Oadby|city|United Kingdom
Oldbury|city|United Kingdom
Oswestry|city|United Kingdom
Pershore|city|United Kingdom
Redditch|city|United Kingdom
Retford|city|United Kingdom
Ross-on-Wye|city|United Kingdom
Rowley Regis|city|United Kingdom
Rugeley|city|United Kingdom
Rushden|city|United Kingdom
Sandwell|district|United Kingdom
Scunthorpe|city|United Kingdom
Shrewsbury|city|United Kingdom
Skegness|city|United Kingdom
Sleaford|city|United Kingdom
Smethwick|city|United Kingdom
Solihull|city|United Kingdom
Spalding|city|United Kingdom
Stafford|city|United Kingdom
Stourbridge|city|United Kingdom
Stourport-on-Severn|city|United Kingdom
Stratford-upon-Avon|city|United Kingdom
Stratford-on-Avon|city|United Kingdom
Sutton Coldfield|city|United Kingdom
Sutton-in-Ashfield|city|United Kingdom
Swadlincote|city|United Kingdom
Tamworth|city|United Kingdom
Telford|city|United Kingdom
Tewkesbury|city|United Kingdom
Tipton|city|United Kingdom
Towcester|city|United Kingdom
Uttoxeter|city|United Kingdom
Walsall|city|United Kingdom
Warwick|city|United Kingdom
Wednesbury|city|United Kingdom
Wellingborough|city|United Kingdom
West Bridgford|city|United Kingdom
West Bromwich|city|United Kingdom
Wigston|city|United Kingdom
Willenhall|city|United Kingdom
Worksop|city|United Kingdom
Lutterworth|city|United Kingdom
Mablethorpe|city|United Kingdom
Horncastle|city|United Kingdom
Brackley|city|United Kingdom
Uppingham|city|United Kingdom
Bournville|district|United Kingdom
Longbridge|district|United Kingdom
Selly Oak|district|United Kingdom
Small Heath|district|United Kingdom
Sparkbrook|district|United Kingdom
Digbeth|district|United Kingdom
Moseley|district|United Kingdom
Kings Heath|district|United Kingdom
Aston|district|United Kingdom
Lozells|district|United Kingdom
Castle Bromwich|district|United Kingdom
Meriden|city|United Kingdom
# Towns of England: East
Aldeburgh|city|United Kingdom
Attleborough|city|United Kingdom
Aylsham|city|United Kingdom
Basildon|city|United Kingdom
Beccles|city|United Kingdom
Benfleet|city|United Kingdom
Billericay|city|United Kingdom
Bishop's Stortford|city|United Kingdom
Braintree|city|United Kingdom
Brentwood|city|United Kingdom
Bury St Edmunds|city|United Kingdom
Chatteris|city|United Kingdom
Clacton-on-Sea|city|United Kingdom
Clacton|city|United Kingdom
Cromer|city|United Kingdom
Dereham|city|United Kingdom
Downham Market|city|United Kingdom
Epping|city|United Kingdom
Fakenham|city|United Kingdom
Felixstowe|city|United Kingdom
Frinton-on-Sea|city|United Kingdom
Grays|city|United Kingdom
Great Yarmouth|city|United Kingdom
Halstead|city|United Kingdom
Harlow|city|United Kingdom
Harwich|city|United Kingdom
Haverhill|city|United Kingdom
Hunstanton|city|United Kingdom
Huntingdon|city|United Kingdom
Ipswich|city|United Kingdom
King's Lynn|city|United Kingdom
Kings Lynn|city|United Kingdom
Leigh-on-Sea|city|United Kingdom
Loughton|city|United Kingdom
Lowestoft|city|United Kingdom
Maldon|city|United Kingdom
Mildenhall|city|United Kingdom
Lakenheath|city|United Kingdom
Newmarket|city|United Kingdom
North Walsham|city|United Kingdom
Rayleigh|city|United Kingdom
Rochford|city|United Kingdom
Saffron Walden|city|United Kingdom
Sheringham|city|United Kingdom
Shoeburyness|city|United Kingdom
Soham|city|United Kingdom
Southwold|city|United Kingdom
St Neots|city|United Kingdom
St Ives|city|United Kingdom
Stowmarket|city|United Kingdom
Sudbury|city|United Kingdom
Swaffham|city|United Kingdom
Thetford|city|United Kingdom
Thurrock|district|United Kingdom
Tilbury|city|United Kingdom
Wickford|city|United Kingdom
Wisbech|city|United Kingdom
Witham|city|United Kingdom
Whittlesey|city|United Kingdom
Woodbridge|city|United Kingdom
Wymondham|city|United Kingdom
Chigwell|city|United Kingdom
Canvey|city|United Kingdom
Great Dunmow|city|United Kingdom
Dunmow|city|United Kingdom
Burnham-on-Crouch|city|United Kingdom
Sizewell|city|United Kingdom
Framlingham|city|United Kingdom
Hadleigh|city|United Kingdom
Walton-on-the-Naze|city|United Kingdom
Jaywick|city|United Kingdom
Sandringham|venue|United Kingdom
# Towns of England: South East
Abingdon|city|United Kingdom
Addlestone|city|United Kingdom
Aldershot|city|United Kingdom
Amersham|city|United Kingdom
Andover|city|United Kingdom
Arundel|city|United Kingdom
Ashford|city|United Kingdom
Aylesbury|city|United Kingdom
Banbury|city|United Kingdom
Basingstoke|city|United Kingdom
Beaconsfield|city|United Kingdom
Berkhamsted|city|United Kingdom
Bexhill-on-Sea|city|United Kingdom
Bexhill|city|United Kingdom
Bicester|city|United Kingdom
Biggleswade|city|United Kingdom
Bletchley|city|United Kingdom
Bognor Regis|city|United Kingdom
Bognor|city|United Kingdom
Borehamwood|city|United Kingdom
Bracknell|city|United Kingdom
Broadstairs|city|United Kingdom
Burgess Hill|city|United Kingdom
Bushey|city|United Kingdom
Camberley|city|United Kingdom
Caterham|city|United Kingdom
Chatham|city|United Kingdom
Chertsey|city|United Kingdom
Chesham|city|United Kingdom
Cheshunt|city|United Kingdom
Chipping Norton|city|United Kingdom
Cobham|city|United Kingdom
Cowes|city|United Kingdom
Cranleigh|city|United Kingdom
Crawley|city|United Kingdom
Crowborough|city|United Kingdom
Dartford|city|United Kingdom
Didcot|city|United Kingdom
Dorking|city|United Kingdom
Dover|city|United Kingdom
Dungeness|region|United Kingdom
Dunstable|city|United Kingdom
East Grinstead|city|United Kingdom
Eastbourne|city|United Kingdom
Eastleigh|city|United Kingdom
Egham|city|United Kingdom
Epsom|city|United Kingdom
Esher|city|United Kingdom
Eton|city|United Kingdom
Ewell|city|United Kingdom
Fareham|city|United Kingdom
Farnborough|city|United Kingdom
Farnham|city|United Kingdom
Faversham|city|United Kingdom
Folkestone|city|United Kingdom
Frimley|city|United Kingdom
Gerrards Cross|city|United Kingdom
Gillingham|city|United Kingdom
Godalming|city|United Kingdom
Gosport|city|United Kingdom
Gravesend|city|United Kingdom
Guildford|city|United Kingdom
Hailsham|city|United Kingdom
Harpenden|city|United Kingdom
Haslemere|city|United Kingdom
Hastings|city|United Kingdom
Hatfield|city|United Kingdom
Havant|city|United Kingdom
Haywards Heath|city|United Kingdom
Hemel Hempstead|city|United Kingdom
Henley-on-Thames|city|United Kingdom
Henley|city|United Kingdom
Herne Bay|city|United Kingdom
Hertford|city|United Kingdom
High Wycombe|city|United Kingdom
Wycombe|city|United Kingdom
Hitchin|city|United Kingdom
Hoddesdon|city|United Kingdom
Horley|city|United Kingdom
Horsham|city|United Kingdom
Hove|city|United Kingdom
Hungerford|city|United Kingdom
Hythe|city|United Kingdom
Kidlington|city|United Kingdom
Leatherhead|city|United Kingdom
Leighton Buzzard|city|United Kingdom
Letchworth|city|United Kingdom
Letchworth Garden City|city|United Kingdom
Lewes|city|United Kingdom
Littlehampton|city|United Kingdom
Luton|city|United Kingdom
Lymington|city|United Kingdom
Maidenhead|city|United Kingdom
Maidstone|city|United Kingdom
Margate|city|United Kingdom
Marlow|city|United Kingdom
Midhurst|city|United Kingdom
Newbury|city|United Kingdom
Newhaven|city|United Kingdom
Oxted|city|United Kingdom
Peacehaven|city|United Kingdom
Petersfield|city|United Kingdom
Potters Bar|city|United Kingdom
Princes Risborough|city|United Kingdom
Ramsgate|city|United Kingdom
Redhill|city|United Kingdom
Reigate|city|United Kingdom
Rickmansworth|city|United Kingdom
Ringwood|city|United Kingdom
Rochester|city|United Kingdom
Romsey|city|United Kingdom
Royston|city|United Kingdom
Ryde|city|United Kingdom
Sandhurst|city|United Kingdom
Sandown|city|United Kingdom
Seaford|city|United Kingdom
Sevenoaks|city|United Kingdom
Shanklin|city|United Kingdom
Sheerness|city|United Kingdom
Shoreham-by-Sea|city|United Kingdom
Shoreham|city|United Kingdom
Sittingbourne|city|United Kingdom
Slough|city|United Kingdom
Southsea|city|United Kingdom
Staines|city|United Kingdom
Staines-upon-Thames|city|United Kingdom
Stevenage|city|United Kingdom
Strood|city|United Kingdom
Swanley|city|United Kingdom
Tenterden|city|United Kingdom
Thame|city|United Kingdom
Thanet|district|United Kingdom
Thatcham|city|United Kingdom
Tonbridge|city|United Kingdom
Tring|city|United Kingdom
Tunbridge Wells|city|United Kingdom
Royal Tunbridge Wells|city|United Kingdom
Uckfield|city|United Kingdom
Ventnor|city|United Kingdom
Wallingford|city|United Kingdom
Walton-on-Thames|city|United Kingdom
Wantage|city|United Kingdom
Waterlooville|city|United Kingdom
Watford|city|United Kingdom
Welwyn Garden City|city|United Kingdom
Welwyn|city|United Kingdom
Weybridge|city|United Kingdom
Whitstable|city|United Kingdom
Windsor|city|United Kingdom
Witney|city|United Kingdom
Woking|city|United Kingdom
Wokingham|city|United Kingdom
Woodstock|city|United Kingdom
Worthing|city|United Kingdom
Aylesford|city|United Kingdom
Ebbsfleet|city|United Kingdom
Bluewater|venue|United Kingdom
Bedford|city|United Kingdom
Chilham|city|United Kingdom
Elstree|city|United Kingdom
Baldock|city|United Kingdom
Sawbridgeworth|city|United Kingdom
Tenby|city|United Kingdom
Totton|city|United Kingdom
Hedge End|city|United Kingdom
Lee-on-the-Solent|city|United Kingdom
New Milton|city|United Kingdom
Lyndhurst|city|United Kingdom
Brockenhurst|city|United Kingdom
Alresford|city|United Kingdom
Whitchurch|city|United Kingdom
Amesbury|city|United Kingdom
Stonehenge|venue|United Kingdom
Avebury|city|United Kingdom
Porton Down|venue|United Kingdom
# Towns of England: South West
Barnstaple|city|United Kingdom
Bideford|city|United Kingdom
Blandford Forum|city|United Kingdom
Bodmin|city|United Kingdom
Bournemouth|city|United Kingdom
Bradford-on-Avon|city|United Kingdom
Bridgwater|city|United Kingdom
Bridport|city|United Kingdom
Brixham|city|United Kingdom
Bude|city|United Kingdom
Burnham-on-Sea|city|United Kingdom
Calne|city|United Kingdom
Camborne|city|United Kingdom
Cheltenham|city|United Kingdom
Chippenham|city|United Kingdom
Cirencester|city|United Kingdom
Clevedon|city|United Kingdom
Corsham|city|United Kingdom
Crediton|city|United Kingdom
Dartmouth|city|United Kingdom
Dawlish|city|United Kingdom
Devizes|city|United Kingdom
Dorchester|city|United Kingdom
Exmouth|city|United Kingdom
Falmouth|city|United Kingdom
Ferndown|city|United Kingdom
Fowey|city|United Kingdom
Frome|city|United Kingdom
Glastonbury|city|United Kingdom
Helston|city|United Kingdom
Honiton|city|United Kingdom
Ilfracombe|city|United Kingdom
Keynsham|city|United Kingdom
Launceston|city|United Kingdom
Liskeard|city|United Kingdom
Lyme Regis|city|United Kingdom
Malmesbury|city|United Kingdom
Marlborough|city|United Kingdom
Melksham|city|United Kingdom
Midsomer Norton|city|United Kingdom
Minehead|city|United Kingdom
Newquay|city|United Kingdom
Newton Abbot|city|United Kingdom
Okehampton|city|United Kingdom
Padstow|city|United Kingdom
Paignton|city|United Kingdom
Penzance|city|United Kingdom
Poole|city|United Kingdom
Portishead|city|United Kingdom
Redruth|city|United Kingdom
Saltash|city|United Kingdom
Shaftesbury|city|United Kingdom
Shepton Mallet|city|United Kingdom
Sherborne|city|United Kingdom
Sidmouth|city|United Kingdom
St Austell|city|United Kingdom
Stroud|city|United Kingdom
Swanage|city|United Kingdom
Swindon|city|United Kingdom
Taunton|city|United Kingdom
Tavistock|city|United Kingdom
Teignmouth|city|United Kingdom
Tidworth|city|United Kingdom
Tiverton|city|United Kingdom
Torbay|city|United Kingdom
Torquay|city|United Kingdom
Totnes|city|United Kingdom
Trowbridge|city|United Kingdom
Wadebridge|city|United Kingdom
Wareham|city|United Kingdom
Warminster|city|United Kingdom
Weston-super-Mare|city|United Kingdom
Weymouth|city|United Kingdom
Wimborne|city|United Kingdom
Wimborne Minster|city|United Kingdom
Wootton Bassett|city|United Kingdom
Royal Wootton Bassett|city|United Kingdom
Yeovil|city|United Kingdom
Salcombe|city|United Kingdom
Kingsbridge|city|United Kingdom
Hayle|city|United Kingdom
Mevagissey|city|United Kingdom
Polperro|city|United Kingdom
Tintagel|city|United Kingdom
Boscastle|city|United Kingdom
Stow-on-the-Wold|city|United Kingdom
Bourton-on-the-Water|city|United Kingdom
Chipping Campden|city|United Kingdom
Lydney|city|United Kingdom
Cinderford|city|United Kingdom
Westbury|city|United Kingdom
# Towns of Scotland
Airdrie|city|United Kingdom
Alloa|city|United Kingdom
Arbroath|city|United Kingdom
Ardrossan|city|United Kingdom
Aviemore|city|United Kingdom
Ayr|city|United Kingdom
Bathgate|city|United Kingdom
Bearsden|city|United Kingdom
Bellshill|city|United Kingdom
Bishopbriggs|city|United Kingdom
Blantyre|city|United Kingdom
Bo'ness|city|United Kingdom
Brechin|city|United Kingdom
Broxburn|city|United Kingdom
Buckie|city|United Kingdom
Callander|city|United Kingdom
Cambuslang|city|United Kingdom
Campbeltown|city|United Kingdom
Carluke|city|United Kingdom
Castle Douglas|city|United Kingdom
Clydebank|city|United Kingdom
Coatbridge|city|United Kingdom
Crieff|city|United Kingdom
Cumbernauld|city|United Kingdom
Cumnock|city|United Kingdom
Cupar|city|United Kingdom
Dalkeith|city|United Kingdom
Dingwall|city|United Kingdom
Dornoch|city|United Kingdom
Dumbarton|city|United Kingdom
Dumfries|city|United Kingdom
Dunblane|city|United Kingdom
Dunoon|city|United Kingdom
East Kilbride|city|United Kingdom
Elgin|city|United Kingdom
Ellon|city|United Kingdom
Eyemouth|city|United Kingdom
Falkirk|city|United Kingdom
Forfar|city|United Kingdom
Forres|city|United Kingdom
Fort William|city|United Kingdom
Fraserburgh|city|United Kingdom
Galashiels|city|United Kingdom
Girvan|city|United Kingdom
Glenrothes|city|United Kingdom
Gourock|city|United Kingdom
Grangemouth|city|United Kingdom
Greenock|city|United Kingdom
Gretna|city|United Kingdom
Gretna Green|city|United Kingdom
Haddington|city|United Kingdom
Hawick|city|United Kingdom
Helensburgh|city|United Kingdom
Huntly|city|United Kingdom
Invergordon|city|United Kingdom
Inverurie|city|United Kingdom
Irvine|city|United Kingdom
Jedburgh|city|United Kingdom
Kelso|city|United Kingdom
Kilmarnock|city|United Kingdom
Kilwinning|city|United Kingdom
Kirkcaldy|city|United Kingdom
Kirkcudbright|city|United Kingdom
Kirkintilloch|city|United Kingdom
Kirkwall|city|United Kingdom
Kirriemuir|city|United Kingdom
Lanark|city|United Kingdom
Largs|city|United Kingdom
Larkhall|city|United Kingdom
Lerwick|city|United Kingdom
Linlithgow|city|United Kingdom
Livingston|city|United Kingdom
Lockerbie|city|United Kingdom
Lossiemouth|city|United Kingdom
Mallaig|city|United Kingdom
Milngavie|city|United Kingdom
Montrose|city|United Kingdom
Motherwell|city|United Kingdom
Musselburgh|city|United Kingdom
Nairn|city|United Kingdom
Newton Stewart|city|United Kingdom
North Berwick|city|United Kingdom
Oban|city|United Kingdom
Peebles|city|United Kingdom
Penicuik|city|United Kingdom
Peterhead|city|United Kingdom
Pitlochry|city|United Kingdom
Port Glasgow|city|United Kingdom
Portree|city|United Kingdom
Prestwick|city|United Kingdom
Renfrew|city|United Kingdom
Rosyth|city|United Kingdom
Rutherglen|city|United Kingdom
Saltcoats|city|United Kingdom
Selkirk|city|United Kingdom
St Andrews|city|United Kingdom
Stonehaven|city|United Kingdom
Stornoway|city|United Kingdom
Stranraer|city|United Kingdom
Tain|city|United Kingdom
Thurso|city|United Kingdom
Troon|city|United Kingdom
Ullapool|city|United Kingdom
Wishaw|city|United Kingdom
Melrose|city|United Kingdom
Kinross|city|United Kingdom
Kyle of Lochalsh|city|United Kingdom
Balmoral|venue|United Kingdom
Gleneagles|venue|United Kingdom
Faslane|venue|United Kingdom
HMNB Clyde|venue|United Kingdom
Dounreay|venue|United Kingdom
Leith|district|United Kingdom
Portobello|district|United Kingdom
Morningside|district|United Kingdom
Corstorphine|district|United Kingdom
Govan|district|United Kingdom
Gorbals|district|United Kingdom
Partick|district|United Kingdom
Easterhouse|district|United Kingdom
Drumchapel|district|United Kingdom
Castlemilk|district|United Kingdom
Springburn|district|United Kingdom
Pollok|district|United Kingdom
Possilpark|district|United Kingdom
Shettleston|district|United Kingdom
Maryhill|district|United Kingdom
Hillhead|district|United Kingdom
Dennistoun|district|United Kingdom
Bridgeton|district|United Kingdom
Parkhead|district|United Kingdom
Cowcaddens|district|United Kingdom
# Towns of Wales
Aberdare|city|United Kingdom
Aberaeron|city|United Kingdom
Abergavenny|city|United Kingdom
Abergele|city|United Kingdom
Aberystwyth|city|United Kingdom
Ammanford|city|United Kingdom
Bala|city|United Kingdom
Bargoed|city|United Kingdom
Barmouth|city|United Kingdom
Beaumaris|city|United Kingdom
Betws-y-Coed|city|United Kingdom
Blaenau Ffestiniog|city|United Kingdom
Brecon|city|United Kingdom
Bridgend|city|United Kingdom
Builth Wells|city|United Kingdom
Caernarfon|city|United Kingdom
Caernarvon|city|United Kingdom
Caerphilly|city|United Kingdom
Carmarthen|city|United Kingdom
Chepstow|city|United Kingdom
Colwyn Bay|city|United Kingdom
Connah's Quay|city|United Kingdom
Conwy|city|United Kingdom
Cowbridge|city|United Kingdom
Cwmbran|city|United Kingdom
Denbigh|city|United Kingdom
Dolgellau|city|United Kingdom
Ebbw Vale|city|United Kingdom
Fishguard|city|United Kingdom
Harlech|city|United Kingdom
Haverfordwest|city|United Kingdom
Hay-on-Wye|city|United Kingdom
Holyhead|city|United Kingdom
Holywell|city|United Kingdom
Lampeter|city|United Kingdom
Llandeilo|city|United Kingdom
Llandovery|city|United Kingdom
Llandrindod Wells|city|United Kingdom
Llandudno|city|United Kingdom
Llanelli|city|United Kingdom
Llanfairpwll|city|United Kingdom
Llangefni|city|United Kingdom
Llangollen|city|United Kingdom
Llanidloes|city|United Kingdom
Llantwit Major|city|United Kingdom
Machynlleth|city|United Kingdom
Maesteg|city|United Kingdom
Menai Bridge|city|United Kingdom
Merthyr|city|United Kingdom
Milford Haven|city|United Kingdom
Monmouth|city|United Kingdom
Mountain Ash|city|United Kingdom
Narberth|city|United Kingdom
Neath|city|United Kingdom
Pembroke|city|United Kingdom
Pembroke Dock|city|United Kingdom
Penarth|city|United Kingdom
Pontypool|city|United Kingdom
Pontypridd|city|United Kingdom
Port Talbot|city|United Kingdom
Porthcawl|city|United Kingdom
Porthmadog|city|United Kingdom
Prestatyn|city|United Kingdom
Pwllheli|city|United Kingdom
Rhyl|city|United Kingdom
Ruthin|city|United Kingdom
Tonypandy|city|United Kingdom
Tredegar|city|United Kingdom
Treorchy|city|United Kingdom
Welshpool|city|United Kingdom
Ystradgynlais|city|United Kingdom
Cardiff Bay|district|United Kingdom
Butetown|district|United Kingdom
Splott|district|United Kingdom
Grangetown|district|United Kingdom
Llanrumney|district|United Kingdom
Aberfan|city|United Kingdom
Senghenydd|city|United Kingdom
Blaenavon|city|United Kingdom
# Towns of Northern Ireland
Ballycastle|city|United Kingdom
Ballyclare|city|United Kingdom
Ballymena|city|United Kingdom
Ballymoney|city|United Kingdom
Banbridge|city|United Kingdom
Bushmills|city|United Kingdom
Carrickfergus|city|United Kingdom
Coleraine|city|United Kingdom
Comber|city|United Kingdom
Cookstown|city|United Kingdom
Craigavon|city|United Kingdom
Crossmaglen|city|United Kingdom
Downpatrick|city|United Kingdom
Dungannon|city|United Kingdom
Enniskillen|city|United Kingdom
Holywood|city|United Kingdom
Larne|city|United Kingdom
Limavady|city|United Kingdom
Lurgan|city|United Kingdom
Magherafelt|city|United Kingdom
Newtownabbey|city|United Kingdom
Newtownards|city|United Kingdom
Omagh|city|United Kingdom
Portadown|city|United Kingdom
Portrush|city|United Kingdom
Portstewart|city|United Kingdom
Strabane|city|United Kingdom
Warrenpoint|city|United Kingdom
Kilkeel|city|United Kingdom
Dromore|city|United Kingdom
Lisnaskea|city|United Kingdom
Dungiven|city|United Kingdom
Maghaberry|venue|United Kingdom
# London: the City, the 32 boroughs and well-known districts
City of London|district|United Kingdom
Square Mile|district|United Kingdom
Barking and Dagenham|district|United Kingdom
Barnet|district|United Kingdom
Bexley|district|United Kingdom
Bromley|district|United Kingdom
Camden|district|United Kingdom
Croydon|district|United Kingdom
Ealing|district|United Kingdom
Enfield|district|United Kingdom
Greenwich|district|United Kingdom
Hackney|district|United Kingdom
Hammersmith and Fulham|district|United Kingdom
Haringey|district|United Kingdom
Harrow|district|United Kingdom
Havering|district|United Kingdom
Hillingdon|district|United Kingdom
Hounslow|district|United Kingdom
Islington|district|United Kingdom
Kensington and Chelsea|district|United Kingdom
Royal Borough of Kensington and Chelsea|district|United Kingdom
Kingston upon Thames|district|United Kingdom
Kingston|district|United Kingdom
Lambeth|district|United Kingdom
Lewisham|district|United Kingdom
Merton|district|United Kingdom
Newham|district|United Kingdom
Redbridge|district|United Kingdom
Richmond upon Thames|district|United Kingdom
Richmond|district|United Kingdom
Southwark|district|United Kingdom
Sutton|district|United Kingdom
Tower Hamlets|district|United Kingdom
Waltham Forest|district|United Kingdom
Wandsworth|district|United Kingdom
Westminster|district|United Kingdom
City of Westminster|district|United Kingdom
Central London|district|United Kingdom
East London|district|United Kingdom
West London|district|United Kingdom
North London|district|United Kingdom
South London|district|United Kingdom
South East London|district|United Kingdom
South West London|district|United Kingdom
North West London|district|United Kingdom
North East London|district|United Kingdom
East End|district|United Kingdom
West End|district|United Kingdom
Acton|district|United Kingdom
Aldgate|district|United Kingdom
Balham|district|United Kingdom
Barbican|district|United Kingdom
Battersea|district|United Kingdom
Bayswater|district|United Kingdom
Beckenham|district|United Kingdom
Belgravia|district|United Kingdom
Belsize Park|district|United Kingdom
Bermondsey|district|United Kingdom
Bethnal Green|district|United Kingdom
Bexleyheath|district|United Kingdom
Blackfriars|district|United Kingdom
Blackheath|district|United Kingdom
Bloomsbury|district|United Kingdom
Brent Cross|district|United Kingdom
Brixton|district|United Kingdom
Brockley|district|United Kingdom
Camberwell|district|United Kingdom
Camden Town|district|United Kingdom
Canary Wharf|district|United Kingdom
Canning Town|district|United Kingdom
Catford|district|United Kingdom
Chalk Farm|district|United Kingdom
Chingford|district|United Kingdom
Chiswick|district|United Kingdom
Clapham|district|United Kingdom
Clapham Junction|district|United Kingdom
Clerkenwell|district|United Kingdom
Colindale|district|United Kingdom
Covent Garden|district|United Kingdom
Cricklewood|district|United Kingdom
Crouch End|district|United Kingdom
Crystal Palace|district|United Kingdom
Dagenham|district|United Kingdom
Dalston|district|United Kingdom
Deptford|district|United Kingdom
Docklands|district|United Kingdom
Dollis Hill|district|United Kingdom
Dulwich|district|United Kingdom
Earls Court|district|United Kingdom
Earl's Court|district|United Kingdom
East Ham|district|United Kingdom
Edgware|district|United Kingdom
Edmonton|district|United Kingdom
Elephant and Castle|district|United Kingdom
Eltham|district|United Kingdom
Erith|district|United Kingdom
Euston|district|United Kingdom
Finchley|district|United Kingdom
Finsbury|district|United Kingdom
Finsbury Park|district|United Kingdom
Fitzrovia|district|United Kingdom
Forest Gate|district|United Kingdom
Forest Hill|district|United Kingdom
Fulham|district|United Kingdom
Golders Green|district|United Kingdom
Greenford|district|United Kingdom
Hackney Wick|district|United Kingdom
Hammersmith|district|United Kingdom
Hampstead|district|United Kingdom
Hampstead Heath|district|United Kingdom
Hanwell|district|United Kingdom
Harlesden|district|United Kingdom
Harringay|district|United Kingdom
Hendon|district|United Kingdom
Herne Hill|district|United Kingdom
Highbury|district|United Kingdom
Highgate|district|United Kingdom
Holborn|district|United Kingdom
Holland Park|district|United Kingdom
Holloway|district|United Kingdom
Homerton|district|United Kingdom
Hornchurch|district|United Kingdom
Hoxton|district|United Kingdom
Ilford|district|United Kingdom
Isleworth|district|United Kingdom
Kennington|district|United Kingdom
Kensal Green|district|United Kingdom
Kensal Rise|district|United Kingdom
Kensington|district|United Kingdom
Kentish Town|district|United Kingdom
Kew|district|United Kingdom
Kilburn|district|United Kingdom
King's Cross|district|United Kingdom
Kings Cross|district|United Kingdom
Knightsbridge|district|United Kingdom
Ladbroke Grove|district|United Kingdom
Leyton|district|United Kingdom
Leytonstone|district|United Kingdom
Limehouse|district|United Kingdom
Maida Vale|district|United Kingdom
Marylebone|district|United Kingdom
Mayfair|district|United Kingdom
Mile End|district|United Kingdom
Mill Hill|district|United Kingdom
Millbank|district|United Kingdom
Mitcham|district|United Kingdom
Moorgate|district|United Kingdom
Morden|district|United Kingdom
Mortlake|district|United Kingdom
Muswell Hill|district|United Kingdom
New Cross|district|United Kingdom
Notting Hill|district|United Kingdom
Nine Elms|district|United Kingdom
Northolt|district|United Kingdom
Orpington|district|United Kingdom
Paddington|district|United Kingdom
Palmers Green|district|United Kingdom
Peckham|district|United Kingdom
Penge|district|United Kingdom
Pimlico|district|United Kingdom
Plaistow|district|United Kingdom
Plumstead|district|United Kingdom
Primrose Hill|district|United Kingdom
Purley|district|United Kingdom
Putney|district|United Kingdom
Rainham|district|United Kingdom
Romford|district|United Kingdom
Rotherhithe|district|United Kingdom
Ruislip|district|United Kingdom
Shadwell|district|United Kingdom
Shepherd's Bush|district|United Kingdom
Shepherds Bush|district|United Kingdom
Shoreditch|district|United Kingdom
Sidcup|district|United Kingdom
Silvertown|district|United Kingdom
Soho|district|United Kingdom
Southall|district|United Kingdom
South Bank|district|United Kingdom
Southbank|district|United Kingdom
South Kensington|district|United Kingdom
Spitalfields|district|United Kingdom
St John's Wood|district|United Kingdom
St Pancras|district|United Kingdom
Stamford Hill|district|United Kingdom
Stanmore|district|United Kingdom
Stepney|district|United Kingdom
Stockwell|district|United Kingdom
Stoke Newington|district|United Kingdom
Stratford|district|United Kingdom
Streatham|district|United Kingdom
Surbiton|district|United Kingdom
Swiss Cottage|district|United Kingdom
Sydenham|district|United Kingdom
Teddington|district|United Kingdom
Thamesmead|district|United Kingdom
Tooting|district|United Kingdom
Tottenham|district|United Kingdom
Tottenham Hale|district|United Kingdom
Tufnell Park|district|United Kingdom
Twickenham|district|United Kingdom
Upminster|district|United Kingdom
Upton Park|district|United Kingdom
Uxbridge|district|United Kingdom
Walthamstow|district|United Kingdom
Walworth|district|United Kingdom
Wandsworth Common|district|United Kingdom
Wanstead|district|United Kingdom
Wapping|district|United Kingdom
Waterloo|district|United Kingdom
Wembley|district|United Kingdom
West Ham|district|United Kingdom
West Hampstead|district|United Kingdom
West Norwood|district|United Kingdom
Whitechapel|district|United Kingdom
White City|district|United Kingdom
Willesden|district|United Kingdom
Wimbledon|district|United Kingdom
Wood Green|district|United Kingdom
Woolwich|district|United Kingdom
Piccadilly|district|United Kingdom
Piccadilly Circus|venue|United Kingdom
Trafalgar Square|venue|United Kingdom
Leicester Square|venue|United Kingdom
Parliament Square|venue|United Kingdom
Oxford Circus|venue|United Kingdom
Hyde Park|venue|United Kingdom
Regent's Park|venue|United Kingdom
Green Park|venue|United Kingdom
St James's Park|venue|United Kingdom
Kensington Gardens|venue|United Kingdom
Victoria Park|venue|United Kingdom
Olympic Park|venue|United Kingdom
Queen Elizabeth Olympic Park|venue|United Kingdom
Tower of London|venue|United Kingdom
Tower Bridge|venue|United Kingdom
London Bridge|venue|United Kingdom
Westminster Bridge|venue|United Kingdom
Westminster Abbey|venue|United Kingdom
St Paul's Cathedral|venue|United Kingdom
Buckingham Palace|venue|United Kingdom
Kensington Palace|venue|United Kingdom
Windsor Castle|venue|United Kingdom
Hampton Court|venue|United Kingdom
Alexandra Palace|venue|United Kingdom
Royal Albert Hall|venue|United Kingdom
Albert Hall|venue|United Kingdom
London Eye|venue|United Kingdom
Old Bailey|venue|United Kingdom
Southwark Crown Court|venue|United Kingdom
Westminster Magistrates' Court|venue|United Kingdom
Belmarsh|venue|United Kingdom
Belmarsh Prison|venue|United Kingdom
Wandsworth Prison|venue|United Kingdom
Pentonville|venue|United Kingdom
Wormwood Scrubs|venue|United Kingdom
Holloway Prison|venue|United Kingdom
Broadmoor|venue|United Kingdom
Strangeways|venue|United Kingdom
Grenfell Tower|venue|United Kingdom
Smithfield|district|United Kingdom
Borough Market|venue|United Kingdom
Camden Market|venue|United Kingdom
Oxford Street|venue|United Kingdom
Regent Street|venue|United Kingdom
Bond Street|venue|United Kingdom
Carnaby Street|venue|United Kingdom
Portobello Road|venue|United Kingdom
Brick Lane|venue|United Kingdom
Horse Guards Parade|venue|United Kingdom
Marble Arch|venue|United Kingdom
Hyde Park Corner|venue|United Kingdom
O2 Arena|venue|United Kingdom
The O2|venue|United Kingdom
ExCeL London|venue|United Kingdom
Earls Court Exhibition Centre|venue|United Kingdom

# ---------------------------------------------------------------------------------------------
# 5. Ireland (the six counties of Northern Ireland stand in section 4)
# ---------------------------------------------------------------------------------------------
Ulster|province|
Leinster|province|Ireland
Munster|province|Ireland
Connacht|province|Ireland
Connaught|province|Ireland
Carlow|county|Ireland
County Carlow|county|Ireland
Co Carlow|county|Ireland
Cavan|county|Ireland
County Cavan|county|Ireland
Co Cavan|county|Ireland
County Clare|county|Ireland
Co Clare|county|Ireland
County Cork|county|Ireland
Co Cork|county|Ireland
Donegal|county|Ireland
County Donegal|county|Ireland
Co Donegal|county|Ireland
County Dublin|county|Ireland
Co Dublin|county|Ireland
County Galway|county|Ireland
Co Galway|county|Ireland
County Kerry|county|Ireland
Co Kerry|county|Ireland
Kildare|county|Ireland
County Kildare|county|Ireland
Co Kildare|county|Ireland
County Kilkenny|county|Ireland
Co Kilkenny|county|Ireland
Laois|county|Ireland
County Laois|county|Ireland
Co Laois|county|Ireland
Leitrim|county|Ireland
County Leitrim|county|Ireland
Co Leitrim|county|Ireland
County Limerick|county|Ireland
Co Limerick|county|Ireland
Longford|county|Ireland
County Longford|county|Ireland
Co Longford|county|Ireland
Louth|county|Ireland
County Louth|county|Ireland
Co Louth|county|Ireland
Mayo|county|Ireland
County Mayo|county|Ireland
Co Mayo|county|Ireland
Meath|county|Ireland
County Meath|county|Ireland
Co Meath|county|Ireland
Monaghan|county|Ireland
County Monaghan|county|Ireland
Co Monaghan|county|Ireland
Offaly|county|Ireland
County Offaly|county|Ireland
Co Offaly|county|Ireland
Roscommon|county|Ireland
County Roscommon|county|Ireland
Co Roscommon|county|Ireland
Sligo|county|Ireland
County Sligo|county|Ireland
Co Sligo|county|Ireland
Tipperary|county|Ireland
County Tipperary|county|Ireland
Co Tipperary|county|Ireland
County Waterford|county|Ireland
Co Waterford|county|Ireland
Westmeath|county|Ireland
County Westmeath|county|Ireland
Co Westmeath|county|Ireland
Wexford|county|Ireland
County Wexford|county|Ireland
Co Wexford|county|Ireland
Wicklow|county|Ireland
County Wicklow|county|Ireland
Co Wicklow|county|Ireland
Fingal|county|Ireland
South Dublin|county|Ireland
Dun Laoghaire-Rathdown|county|Ireland
West Cork|region|Ireland
North Dublin|district|Ireland
Gaeltacht|region|Ireland
# Cities and towns
Dublin|city|Ireland
Cork|city|Ireland
Limerick|city|Ireland
Galway|city|Ireland
Waterford|city|Ireland
Kilkenny|city|Ireland
Drogheda|city|Ireland
Dundalk|city|Ireland
Bray|city|Ireland
Navan|city|Ireland
Ennis|city|Ireland
Tralee|city|Ireland
Athlone|city|Ireland
Letterkenny|city|Ireland
Naas|city|Ireland
Newbridge|city|Ireland
Mullingar|city|Ireland
Celbridge|city|Ireland
Balbriggan|city|Ireland
Portlaoise|city|Ireland
Killarney|city|Ireland
Clonmel|city|Ireland
Castlebar|city|Ireland
Tullamore|city|Ireland
Arklow|city|Ireland
Cobh|city|Ireland
Dun Laoghaire|city|Ireland
Dún Laoghaire|city|Ireland
Malahide|city|Ireland
Howth|city|Ireland
Maynooth|city|Ireland
Kinsale|city|Ireland
Ballina|city|Ireland
Enniscorthy|city|Ireland
Thurles|city|Ireland
Leixlip|city|Ireland
Greystones|city|Ireland
Tuam|city|Ireland
Clifden|city|Ireland
Dingle|city|Ireland
Westport|city|Ireland
Carrick-on-Shannon|city|Ireland
Ballinasloe|city|Ireland
Nenagh|city|Ireland
Cashel|city|Ireland
Carrick-on-Suir|city|Ireland
Mallow|city|Ireland
Youghal|city|Ireland
Bandon|city|Ireland
Skibbereen|city|Ireland
Bantry|city|Ireland
Clonakilty|city|Ireland
Macroom|city|Ireland
Fermoy|city|Ireland
Midleton|city|Ireland
Dungarvan|city|Ireland
Tramore|city|Ireland
New Ross|city|Ireland
Gorey|city|Ireland
Rosslare|city|Ireland
Rosslare Europort|venue|Ireland
Athy|city|Ireland
Ratoath|city|Ireland
Dunboyne|city|Ireland
Skerries|city|Ireland
Donabate|city|Ireland
Tallaght|city|Ireland
Clondalkin|city|Ireland
Lucan|city|Ireland
Blanchardstown|city|Ireland
Finglas|district|Ireland
Ballymun|district|Ireland
Coolock|district|Ireland
Crumlin|district|Ireland
Drimnagh|district|Ireland
Rathmines|district|Ireland
Ranelagh|district|Ireland
Ballsbridge|district|Ireland
Donnybrook|district|Ireland
Sandyford|district|Ireland
Dundrum|district|Ireland
Dalkey|district|Ireland
Killiney|district|Ireland
Clontarf|district|Ireland
Raheny|district|Ireland
Phibsborough|district|Ireland
Drumcondra|district|Ireland
Cabra|district|Ireland
Inchicore|district|Ireland
Ringsend|district|Ireland
Temple Bar|district|Ireland
Ballyfermot|district|Ireland
Belmullet|city|Ireland
Carrickmacross|city|Ireland
Castleblayney|city|Ireland
Ballyshannon|city|Ireland
Bundoran|city|Ireland
Buncrana|city|Ireland
Lifford|city|Ireland
Edenderry|city|Ireland
Roscrea|city|Ireland
Templemore|city|Ireland
Kilrush|city|Ireland
Lahinch|city|Ireland
Doolin|city|Ireland
Listowel|city|Ireland
Kenmare|city|Ireland
Cahersiveen|city|Ireland
Glendalough|city|Ireland
Portarlington|city|Ireland
Mountmellick|city|Ireland
Oranmore|city|Ireland
Salthill|district|Ireland
Ballybunion|city|Ireland
Castleisland|city|Ireland
Newcastle West|city|Ireland
Abbeyfeale|city|Ireland
Kilmallock|city|Ireland

# ---------------------------------------------------------------------------------------------
# 6. United States
# ---------------------------------------------------------------------------------------------
# States, the federal district and territories (Georgia is left to countries.txt, whose name it
# shares; "New York" and "Washington" stand below as cities)
Alabama|state|United States
Alaska|state|United States
Arizona|state|United States
Arkansas|state|United States
California|state|United States
Colorado|state|United States
Connecticut|state|United States
Delaware|state|United States
Florida|state|United States
Hawaii|state|United States
Hawai'i|state|United States
Idaho|state|United States
Illinois|state|United States
Indiana|state|United States
Iowa|state|United States
Kansas|state|United States
Kentucky|state|United States
Louisiana|state|United States
Maine|state|United States
Maryland|state|United States
Massachusetts|state|United States
Michigan|state|United States
Minnesota|state|United States
Mississippi|state|United States
Missouri|state|United States
Montana|state|United States
Nebraska|state|United States
Nevada|state|United States
New Hampshire|state|United States
New Jersey|state|United States
New Mexico|state|United States
New York State|state|United States
North Carolina|state|United States
North Dakota|state|United States
Ohio|state|United States
Oklahoma|state|United States
Oregon|state|United States
Pennsylvania|state|United States
Rhode Island|state|United States
South Carolina|state|United States
South Dakota|state|United States
Tennessee|state|United States
Texas|state|United States
Utah|state|United States
Vermont|state|United States
Virginia|state|United States
Washington State|state|United States
West Virginia|state|United States
Wisconsin|state|United States
Wyoming|state|United States
District of Columbia|district|United States
Washington DC|city|United States
Washington D.C.|city|United States
Washington, DC|city|United States
Washington, D.C.|city|United States
Washington|city|United States
# Regions
New England|region|United States
Mid-Atlantic|region|United States
Northeastern United States|region|United States
Pacific Northwest|region|United States
Midwest|region|United States
Middle West|region|United States
Upper Midwest|region|United States
Great Lakes States|region|United States
Rust Belt|region|United States
Sun Belt|region|United States
Bible Belt|region|United States
Corn Belt|region|United States
Deep South|region|United States
American South|region|United States
Old South|region|United States
Dixie|region|United States
Gulf Coast|region|United States
East Coast|region|United States
West Coast|region|United States
Eastern Seaboard|region|United States
Atlantic Seaboard|region|United States
Lower 48|region|United States
Mountain West|region|United States
American West|region|United States
Southern California|region|United States
Northern California|region|United States
Central Valley|region|United States
Inland Empire|region|United States
Bay Area|region|United States
San Francisco Bay Area|region|United States
Silicon Valley|region|United States
Napa Valley|region|United States
Sonoma|region|United States
Wine Country|region|United States
Big Sur|region|United States
Tri-State Area|region|United States
Tri-State|region|United States
Hudson Valley|region|United States
Upstate New York|region|United States
Western New York|region|United States
Hamptons|region|United States
The Hamptons|region|United States
Jersey Shore|region|United States
Poconos|region|United States
Lehigh Valley|region|United States
Chesapeake|city|United States
Tidewater|region|United States
Hampton Roads|region|United States
Shenandoah Valley|region|United States
Research Triangle|region|United States
Piedmont|region|United States
Lowcountry|region|United States
Texas Panhandle|region|United States
Oklahoma Panhandle|region|United States
Permian Basin|region|United States
Rio Grande Valley|region|United States
West Texas|region|United States
East Texas|region|United States
South Texas|region|United States
North Texas|region|United States
Central Texas|region|United States
Hill Country|region|United States
Texas Hill Country|region|United States
Acadiana|region|United States
Cajun Country|region|United States
Florida Everglades|region|United States
South Florida|region|United States
Central Florida|region|United States
North Florida|region|United States
Space Coast|region|United States
Treasure Coast|region|United States
Palm Beach County|county|United States
Miami-Dade|county|United States
Miami-Dade County|county|United States
Broward County|county|United States
Orange County|county|United States
Los Angeles County|county|United States
San Diego County|county|United States
Riverside County|county|United States
San Bernardino County|county|United States
Santa Clara County|county|United States
Alameda County|county|United States
Marin County|county|United States
Cook County|county|United States
DuPage County|county|United States
Harris County|county|United States
Dallas County|county|United States
Maricopa County|county|United States
Clark County|county|United States
King County|county|United States
Fulton County|county|United States
Cobb County|county|United States
DeKalb County|county|United States
Gwinnett County|county|United States
Wayne County|county|United States
Oakland County|county|United States
Cuyahoga County|county|United States
Allegheny County|county|United States
Philadelphia County|county|United States
Bucks County|county|United States
Montgomery County|county|United States
Prince George's County|county|United States
Fairfax County|county|United States
Arlington County|county|United States
Loudoun County|county|United States
Westchester County|county|United States
Westchester|county|United States
Nassau County|county|United States
Suffolk County|county|United States
Rockland County|county|United States
Bergen County|county|United States
Essex County|county|United States
Hennepin County|county|United States
Milwaukee County|county|United States
Travis County|county|United States
Bexar County|county|United States
Tarrant County|county|United States
Hillsborough County|county|United States
Pinellas County|county|United States
Duval County|county|United States
Jefferson Parish|county|United States
Orleans Parish|county|United States
Shelby County|county|United States
Davidson County|county|United States
Salt Lake County|county|United States
Multnomah County|county|United States
Pima County|county|United States
Bernalillo County|county|United States
Uvalde County|county|United States
Fairfield County|county|United States
Lake County|county|United States
Erie County|county|United States
Monroe County|county|United States
Jefferson County|county|United States
# New York City: boroughs and neighbourhoods
New York|city|United States
New York City|city|United States
NYC|city|United States
Manhattan|district|United States
Lower Manhattan|district|United States
Midtown Manhattan|district|United States
Midtown|district|United States
Upper Manhattan|district|United States
Brooklyn|district|United States
The Bronx|district|United States
Bronx|district|United States
Staten Island|district|United States
Harlem|district|United States
East Harlem|district|United States
Spanish Harlem|district|United States
Upper East Side|district|United States
Upper West Side|district|United States
Lower East Side|district|United States
East Village|district|United States
Greenwich Village|district|United States
West Village|district|United States
SoHo|district|United States
Tribeca|district|United States
Hell's Kitchen|district|United States
Times Square|venue|United States
Chinatown|district|
Little Italy|district|
Financial District|district|United States
Battery Park|venue|United States
Battery Park City|district|United States
Washington Heights|district|United States
Inwood|district|United States
Morningside Heights|district|United States
Murray Hill|district|United States
Gramercy|district|United States
Gramercy Park|district|United States
Flatiron District|district|United States
Meatpacking District|district|United States
Hudson Yards|district|United States
Kips Bay|district|United States
Williamsburg|district|United States
Bushwick|district|United States
Bedford-Stuyvesant|district|United States
Bed-Stuy|district|United States
Crown Heights|district|United States
Park Slope|district|United States
Brooklyn Heights|district|United States
Dumbo|district|United States
Red Hook|district|United States
Flatbush|district|United States
East Flatbush|district|United States
Bay Ridge|district|United States
Bensonhurst|district|United States
Borough Park|district|United States
Brighton Beach|district|United States
Sunset Park|district|United States
Greenpoint|district|United States
East New York|district|United States
Canarsie|district|United States
Sheepshead Bay|district|United States
Astoria|district|United States
Flushing|district|United States
Long Island City|district|United States
Jackson Heights|district|United States
Elmhurst|district|United States
Corona|district|United States
Forest Hills|district|United States
Rockaway|district|United States
Rockaways|district|United States
Far Rockaway|district|United States
Howard Beach|district|United States
Ozone Park|district|United States
Bayside|district|United States
Ridgewood|district|United States
South Bronx|district|United States
Riverdale|district|United States
Fordham|district|United States
Mott Haven|district|United States
Co-op City|district|United States
Central Park|venue|United States
Prospect Park|venue|United States
Flushing Meadows|venue|United States
World Trade Center|venue|United States
Rockefeller Center|venue|United States
Empire State Building|venue|United States
Brooklyn Bridge|venue|United States
Grand Central|venue|United States
Grand Central Terminal|venue|United States
Penn Station|venue|United States
Port Authority Bus Terminal|venue|United States
Statue of Liberty|venue|United States
High Line|venue|United States
# Cities
Akron|city|United States
Albany|city|United States
Albuquerque|city|United States
Alexandria|city|United States
Allentown|city|United States
Amarillo|city|United States
Anaheim|city|United States
Anchorage|city|United States
Ann Arbor|city|United States
Annapolis|city|United States
Arlington|city|United States
Asheville|city|United States
Atlanta|city|United States
Atlantic City|city|United States
Augusta|city|United States
Bakersfield|city|United States
Baltimore|city|United States
Baton Rouge|city|United States
Beverly Hills|city|United States
Billings|city|United States
Biloxi|city|United States
Birmingham|city|United States
Bismarck|city|United States
Bloomington|city|United States
Boca Raton|city|United States
Boise|city|United States
Boston|city|United States
Bozeman|city|United States
Bridgeport|city|United States
Burbank|city|United States
Burlington|city|United States
Camp David|venue|United States
Carson City|city|United States
Cedar Rapids|city|United States
Chapel Hill|city|United States
Charleston|city|United States
Charlottesville|city|United States
Chattanooga|city|United States
Cheyenne|city|United States
Chicago|city|United States
Chula Vista|city|United States
Cincinnati|city|United States
Cleveland|city|United States
Colorado Springs|city|United States
Columbus|city|United States
Compton|city|United States
Corpus Christi|city|United States
Cupertino|city|United States
Dallas|city|United States
Dayton|city|United States
Daytona Beach|city|United States
Dearborn|city|United States
Denver|city|United States
Des Moines|city|United States
Detroit|city|United States
Duluth|city|United States
Durham|city|United States
El Paso|city|United States
Erie|city|United States
Evanston|city|United States
Fairbanks|city|United States
Fargo|city|United States
Fayetteville|city|United States
Flagstaff|city|United States
Fort Lauderdale|city|United States
Fort Myers|city|United States
Fort Worth|city|United States
Fort Wayne|city|United States
Fort Bragg|venue|United States
Fort Hood|venue|United States
Fort Knox|venue|United States
Fort Benning|venue|United States
Fort Lee|venue|United States
Fremont|city|United States
Fresno|city|United States
Gainesville|city|United States
Galveston|city|United States
Glendale|city|United States
Grand Rapids|city|United States
Green Bay|city|United States
Greensboro|city|United States
Greenville|city|United States
Gulfport|city|United States
Harrisburg|city|United States
Hartford|city|United States
Hialeah|city|United States
Hoboken|city|United States
Hollywood|district|United States
Honolulu|city|United States
Houston|city|United States
Huntington Beach|city|United States
Huntsville|city|United States
Indianapolis|city|United States
Irvine|city|United States
Ithaca|city|United States
Jacksonville|city|United States
Jersey City|city|United States
Juneau|city|United States
Kalamazoo|city|United States
Kansas City|city|United States
Key West|city|United States
Knoxville|city|United States
Lafayette|city|United States
Lake Charles|city|United States
Lakeland|city|United States
Lansing|city|United States
Laredo|city|United States
Las Cruces|city|United States
Las Vegas|city|United States
Lexington|city|United States
Little Rock|city|United States
Long Beach|city|United States
Los Angeles|city|United States
L.A.|city|United States
Louisville|city|United States
Lubbock|city|United States
Malibu|city|United States
Memphis|city|United States
Menlo Park|city|United States
Miami|city|United States
Miami Beach|city|United States
Milwaukee|city|United States
Minneapolis|city|United States
Minneapolis-St Paul|city|United States
Missoula|city|United States
Modesto|city|United States
Montpelier|city|United States
Mountain View|city|United States
Myrtle Beach|city|United States
Napa|city|United States
Nashville|city|United States
New Haven|city|United States
New Orleans|city|United States
Newark|city|United States
Newport News|city|United States
Oakland|city|United States
Oklahoma City|city|United States
Omaha|city|United States
Orlando|city|United States
Oxnard|city|United States
Palm Beach|city|United States
West Palm Beach|city|United States
Palm Springs|city|United States
Palo Alto|city|United States
Pasadena|city|United States
Paterson|city|United States
Pensacola|city|United States
Peoria|city|United States
Philadelphia|city|United States
Philly|city|United States
Phoenix|city|United States
Pittsburgh|city|United States
Plano|city|United States
Portland|city|United States
Princeton|city|United States
Provo|city|United States
Pueblo|city|United States
Quantico|venue|United States
Raleigh|city|United States
Redmond|city|United States
Reno|city|United States
Richmond|city|United States
Roanoke|city|United States
Rochester|city|United States
Sacramento|city|United States
Saint Paul|city|United States
St Paul|city|United States
St. Paul|city|United States
Salem|city|United States
Salt Lake City|city|United States
San Antonio|city|United States
San Bernardino|city|United States
San Diego|city|United States
San Francisco|city|United States
San Jose|city|United States
Santa Ana|city|United States
Santa Barbara|city|United States
Santa Clara|city|United States
Santa Cruz|city|United States
Santa Fe|city|United States
Santa Monica|city|United States
Sarasota|city|United States
Scottsdale|city|United States
Scranton|city|United States
Seattle|city|United States
Shreveport|city|United States
Sioux Falls|city|United States
Spokane|city|United States
Springfield|city|United States
St Louis|city|United States
St. Louis|city|United States
Saint Louis|city|United States
Stamford|city|United States
Stockton|city|United States
Syracuse|city|United States
Tacoma|city|United States
Tallahassee|city|United States
Tampa|city|United States
Tempe|city|United States
Toledo|city|United States
Topeka|city|United States
Trenton|city|United States
Tucson|city|United States
Tulsa|city|United States
Tuscaloosa|city|United States
Uvalde|city|United States
Virginia Beach|city|United States
Waco|city|United States
Wichita|city|United States
Wilmington|city|United States
Winston-Salem|city|United States
Worcester|city|United States
Yonkers|city|United States
Youngstown|city|United States
Yuma|city|United States
White Plains|city|United States
New Rochelle|city|United States
Utica|city|United States
Binghamton|city|United States
Schenectady|city|United States
Poughkeepsie|city|United States
Saratoga Springs|city|United States
Cooperstown|city|United States
Montauk|city|United States
East Hampton|city|United States
Scarsdale|city|United States
Newtown|city|United States
Sandy Hook|city|United States
Waterbury|city|United States
New London|city|United States
Pawtucket|city|United States
Brockton|city|United States
Hyannis|city|United States
Provincetown|city|United States
Nashua|city|United States
Bar Harbor|city|United States
Morristown|city|United States
Gettysburg|city|United States
Wilkes-Barre|city|United States
State College|city|United States
Hershey|city|United States
Valley Forge|venue|United States
Silver Spring|city|United States
Bethesda|city|United States
Rockville|city|United States
Gaithersburg|city|United States
Towson|city|United States
Tysons|city|United States
Reston|city|United States
Falls Church|city|United States
Fredericksburg|city|United States
Lynchburg|city|United States
Norfolk|city|United States
Blacksburg|city|United States
Morgantown|city|United States
Wheeling|city|United States
Camp Lejeune|venue|United States
Spartanburg|city|United States
Macon|city|United States
Marietta|city|United States
St Augustine|city|United States
Ocala|city|United States
Port St Lucie|city|United States
Cape Coral|city|United States
Kissimmee|city|United States
Clearwater|city|United States
Coral Gables|city|United States
Little Havana|district|United States
Little Haiti|district|United States
Overtown|district|United States
Liberty City|district|United States
Wynwood|district|United States
Doral|city|United States
Surfside|city|United States
Mar-a-Lago|venue|United States
Tuskegee|city|United States
Hattiesburg|city|United States
Metairie|city|United States
Kenner|city|United States
Houma|city|United States
Clarksville|city|United States
Murfreesboro|city|United States
Gatlinburg|city|United States
Bowling Green|city|United States
Frankfort|city|United States
Paducah|city|United States
Fort Campbell|venue|United States
East Palestine|city|United States
Sandusky|city|United States
South Bend|city|United States
Evansville|city|United States
Traverse City|city|United States
Sterling Heights|city|United States
Naperville|city|United States
Joliet|city|United States
Rockford|city|United States
Champaign|city|United States
Urbana|city|United States
Oak Park|city|United States
Skokie|city|United States
Highland Park|city|United States
Waukegan|city|United States
Schaumburg|city|United States
Kenosha|city|United States
Racine|city|United States
Oshkosh|city|United States
Eau Claire|city|United States
St Cloud|city|United States
Iowa City|city|United States
Davenport|city|United States
Sioux City|city|United States
Dubuque|city|United States
Ames|city|United States
Overland Park|city|United States
Jefferson City|city|United States
St Joseph|city|United States
Branson|city|United States
Stillwater|city|United States
Fort Smith|city|United States
Bentonville|city|United States
Hot Springs|city|United States
Rapid City|city|United States
Sturgis|city|United States
Grand Forks|city|United States
Minot|city|United States
Jackson Hole|city|United States
Laramie|city|United States
Great Falls|city|United States
Butte|city|United States
Coeur d'Alene|city|United States
Pocatello|city|United States
Ogden|city|United States
Park City|city|United States
Moab|city|United States
Fort Collins|city|United States
Lakewood|city|United States
Greeley|city|United States
Vail|city|United States
Telluride|city|United States
Grand Junction|city|United States
North Las Vegas|city|United States
Sedona|city|United States
Nogales|city|United States
Roswell|city|United States
Los Alamos|city|United States
Farmington|city|United States
Taos|city|United States
Beaumont|city|United States
Port Arthur|city|United States
Brownsville|city|United States
McAllen|city|United States
Harlingen|city|United States
Killeen|city|United States
Round Rock|city|United States
Frisco|city|United States
McKinney|city|United States
Grand Prairie|city|United States
Sugar Land|city|United States
The Woodlands|city|United States
College Station|city|United States
Abilene|city|United States
San Angelo|city|United States
Wichita Falls|city|United States
Texarkana|city|United States
Eagle Pass|city|United States
Del Rio|city|United States
Sutherland Springs|city|United States
Berkeley|city|United States
San Mateo|city|United States
Redwood City|city|United States
Sunnyvale|city|United States
Walnut Creek|city|United States
Hayward|city|United States
Vallejo|city|United States
Santa Rosa|city|United States
Petaluma|city|United States
Sausalito|city|United States
Monterey|city|United States
Carmel|city|United States
Salinas|city|United States
San Luis Obispo|city|United States
Paso Robles|city|United States
Visalia|city|United States
Merced|city|United States
Chico|city|United States
Redding|city|United States
Lodi|city|United States
Palmdale|city|United States
Santa Clarita|city|United States
Thousand Oaks|city|United States
Ventura|city|United States
Simi Valley|city|United States
Torrance|city|United States
Inglewood|city|United States
Downey|city|United States
Whittier|city|United States
Pomona|city|United States
Temecula|city|United States
Palm Desert|city|United States
Indio|city|United States
Coachella|city|United States
Costa Mesa|city|United States
Newport Beach|city|United States
Laguna Beach|city|United States
Escondido|city|United States
Oceanside|city|United States
Carlsbad|city|United States
La Jolla|district|United States
Coronado|city|United States
El Cajon|city|United States
San Ysidro|district|United States
Calexico|city|United States
Camp Pendleton|venue|United States
Twentynine Palms|city|United States
Barstow|city|United States
Victorville|city|United States
Lake Havasu City|city|United States
Medford|city|United States
Ashland|city|United States
Beaverton|city|United States
Gresham|city|United States
Bellevue|city|United States
Yakima|city|United States
Bellingham|city|United States
Walla Walla|city|United States
Nome|city|United States
Ketchikan|city|United States
Sitka|city|United States
Utqiagvik|city|United States
Hilo|city|United States
Lahaina|city|United States
Waikiki|district|United States
Kailua|city|United States
San Juan|city|Puerto Rico
Ponce|city|Puerto Rico
Bayamon|city|Puerto Rico
Hagatna|city|United States
Charlotte Amalie|city|United States
Pago Pago|city|United States
# Los Angeles, Chicago and other city districts
Hollywood Hills|district|United States
West Hollywood|city|United States
North Hollywood|district|United States
Bel Air|district|United States
Bel-Air|district|United States
Pacific Palisades|district|United States
Venice Beach|district|United States
Santa Monica Pier|venue|United States
South Central|district|United States
South Los Angeles|district|United States
Koreatown|district|United States
Echo Park|district|United States
Silver Lake|district|United States
Los Feliz|district|United States
Boyle Heights|district|United States
Skid Row|district|United States
Downtown Los Angeles|district|United States
San Fernando Valley|region|United States
Studio City|district|United States
Sherman Oaks|district|United States
Encino|district|United States
Van Nuys|district|United States
Altadena|city|United States
San Pedro|district|United States
Haight-Ashbury|district|United States
Mission District|district|United States
Nob Hill|district|United States
Fisherman's Wharf|district|United States
Golden Gate Park|venue|United States
Golden Gate Bridge|venue|United States
Golden Gate|water|United States
Bay Bridge|venue|United States
Treasure Island|island|United States
South Side of Chicago|district|United States
Chicago Loop|district|United States
Englewood|district|United States
Lincoln Park|district|United States
Wrigleyville|district|United States
Bronzeville|district|United States
Magnificent Mile|district|United States
Back Bay|district|United States
Beacon Hill|district|United States
South Boston|district|United States
Southie|district|United States
Roxbury|district|United States
Jamaica Plain|district|United States
Charlestown|district|United States
Fenway|district|United States
Georgetown|district|United States
Anacostia|district|United States
Dupont Circle|district|United States
Adams Morgan|district|United States
National Mall|venue|United States
Lafayette Square|venue|United States
Lafayette Park|venue|United States
Arlington National Cemetery|venue|United States
French Quarter|district|United States
Lower Ninth Ward|district|United States
Ninth Ward|district|United States
Garden District|district|United States
Bourbon Street|venue|United States
Beale Street|venue|United States
Las Vegas Strip|district|United States
South Beach|district|United States
Buckhead|district|United States
Midtown Atlanta|district|United States
Over-the-Rhine|district|United States
Center City|district|United States
Germantown|district|United States
Fells Point|district|United States
Inner Harbor|district|United States
Deep Ellum|district|United States
River Oaks|district|United States
Pearl District|district|United States
Pike Place Market|venue|United States
Space Needle|venue|United States
Mall of America|venue|United States
Disneyland|venue|United States
Disney World|venue|United States
Walt Disney World|venue|United States
Epcot|venue|United States
Graceland|venue|United States
Alamo|venue|United States
Gateway Arch|venue|United States
Independence Hall|venue|United States
Liberty Bell|venue|United States
Plymouth Rock|venue|United States
# National parks and landmarks named as places
Grand Canyon|region|United States
Yellowstone|region|United States
Yellowstone National Park|venue|United States
Yosemite|region|United States
Yosemite National Park|venue|United States
Zion National Park|venue|United States
Glacier National Park|venue|United States
Joshua Tree|region|United States
Sequoia National Park|venue|United States
Grand Teton|mountain|United States
Arches National Park|venue|United States
Bryce Canyon|region|United States
Monument Valley|region|United States
Badlands|region|United States
Four Corners|region|United States
Area 51|venue|United States
Cape Canaveral Space Force Station|venue|United States
Kennedy Space Center|venue|United States
Vandenberg|venue|United States
Edwards Air Force Base|venue|United States
Andrews Air Force Base|venue|United States
Joint Base Andrews|venue|United States
Naval Station Norfolk|venue|United States
Guantanamo|venue|Cuba
Guantánamo|venue|Cuba
Los Alamos National Laboratory|venue|United States
Three Mile Island|island|United States
Wounded Knee|city|United States
Standing Rock|region|United States
Navajo Nation|region|United States
Pine Ridge|region|United States
# More cities among the largest
Moreno Valley|city|United States
Fontana|city|United States
Elk Grove|city|United States
Rancho Cucamonga|city|United States
Garden Grove|city|United States
Pembroke Pines|city|United States
Roseville|city|United States
Miramar|city|United States
Olathe|city|United States
Carrollton|city|United States
Fullerton|city|United States
West Valley City|city|United States
Coral Springs|city|United States
Pearland|city|United States
Arvada|city|United States
West Jordan|city|United States
Murrieta|city|United States
Palm Bay|city|United States
El Monte|city|United States
High Point|city|United States
Pompano Beach|city|United States
Broken Arrow|city|United States
Miami Gardens|city|United States
Sandy Springs|city|United States
Lewisville|city|United States
Hillsboro|city|United States
League City|city|United States
Santa Maria|city|United States
Daly City|city|United States
West Covina|city|United States
Norwalk|city|United States
Renton|city|United States
Edinburg|city|United States
Spokane Valley|city|United States
Vacaville|city|United States
Boynton Beach|city|United States
Delray Beach|city|United States
Key Largo|city|United States
Panama City Beach|city|United States
Destin|city|United States
Fort Walton Beach|city|United States
Bradenton|city|United States
Punta Gorda|city|United States
Daytona|city|United States
Vero Beach|city|United States

# ---------------------------------------------------------------------------------------------
# 7. Canada, Australia, New Zealand and South Africa
# ---------------------------------------------------------------------------------------------
# Canada: provinces, territories and regions
Alberta|province|Canada
British Columbia|province|Canada
Manitoba|province|Canada
New Brunswick|province|Canada
Newfoundland and Labrador|province|Canada
Nova Scotia|province|Canada
Ontario|province|Canada
Prince Edward Island|province|Canada
Quebec|province|Canada
Québec|province|Canada
Saskatchewan|province|Canada
Northwest Territories|region|Canada
Nunavut|region|Canada
Yukon|region|Canada
Maritimes|region|Canada
Atlantic Canada|region|Canada
Western Canada|region|Canada
Canadian Prairies|region|Canada
Northern Ontario|region|Canada
Southern Ontario|region|Canada
Greater Toronto Area|region|Canada
Golden Horseshoe|region|Canada
Lower Mainland|region|Canada
Okanagan|region|Canada
Klondike|region|Canada
Canadian Shield|region|Canada
Arctic Canada|region|Canada
# Canada: cities
Toronto|city|Canada
Montreal|city|Canada
Montréal|city|Canada
Vancouver|city|Canada
Calgary|city|Canada
Edmonton|city|Canada
Ottawa|city|Canada
Winnipeg|city|Canada
Quebec City|city|Canada
Québec City|city|Canada
Kitchener|city|Canada
Mississauga|city|Canada
Brampton|city|Canada
Laval|city|Canada
Markham|city|Canada
Gatineau|city|Canada
Longueuil|city|Canada
Burnaby|city|Canada
Saskatoon|city|Canada
Richmond Hill|city|Canada
Oakville|city|Canada
Oshawa|city|Canada
Sherbrooke|city|Canada
Trois-Rivieres|city|Canada
Trois-Rivières|city|Canada
Saguenay|city|Canada
Lévis|city|Canada
Abbotsford|city|Canada
Coquitlam|city|Canada
Kelowna|city|Canada
Kamloops|city|Canada
Nanaimo|city|Canada
St Catharines|city|Canada
Niagara-on-the-Lake|city|Canada
Guelph|city|Canada
Greater Sudbury|city|Canada
Thunder Bay|city|Canada
Sault Ste Marie|city|Canada
Sault Ste. Marie|city|Canada
Moncton|city|Canada
Fredericton|city|Canada
Charlottetown|city|Canada
Corner Brook|city|Canada
Lethbridge|city|Canada
Red Deer|city|Canada
Fort McMurray|city|Canada
Banff|city|Canada
Canmore|city|Canada
Grande Prairie|city|Canada
Moose Jaw|city|Canada
Whitehorse|city|Canada
Yellowknife|city|Canada
Iqaluit|city|Canada
Dawson City|city|Canada
Inuvik|city|Canada
Kanata|city|Canada
Etobicoke|city|Canada
North York|city|Canada
Lac-Megantic|city|Canada
Lac-Mégantic|city|Canada
Lytton|city|Canada
Kashechewan|city|Canada
Ipperwash|city|Canada
Kahnawake|city|Canada
Akwesasne|city|Canada
# Australia: states, territories and regions
New South Wales|state|Australia
NSW|state|Australia
Queensland|state|Australia
South Australia|state|Australia
Western Australia|state|Australia
Northern Territory|region|Australia
Australian Capital Territory|region|Australia
Gold Coast|city|Australia
Sunshine Coast|region|Australia
Central Coast|region|Australia
Hunter Valley|region|Australia
Illawarra|region|Australia
Riverina|region|Australia
Gippsland|region|Australia
Mornington Peninsula|region|Australia
Barossa Valley|region|Australia
Barossa|region|Australia
Pilbara|region|Australia
Top End|region|Australia
Red Centre|region|Australia
Arnhem Land|region|Australia
Far North Queensland|region|Australia
North Queensland|region|Australia
Western Sydney|region|Australia
Northern Rivers|region|Australia
Great Ocean Road|region|Australia
# Australia: cities
Sydney|city|Australia
Melbourne|city|Australia
Brisbane|city|Australia
Adelaide|city|Australia
Canberra|city|Australia
Hobart|city|Australia
Wollongong|city|Australia
Geelong|city|Australia
Townsville|city|Australia
Cairns|city|Australia
Toowoomba|city|Australia
Ballarat|city|Australia
Bendigo|city|Australia
Mackay|city|Australia
Rockhampton|city|Australia
Bundaberg|city|Australia
Bunbury|city|Australia
Mandurah|city|Australia
Fremantle|city|Australia
Albury|city|Australia
Wodonga|city|Australia
Wagga Wagga|city|Australia
Coffs Harbour|city|Australia
Port Macquarie|city|Australia
Dubbo|city|Australia
Bathurst|city|Australia
Lismore|city|Australia
Byron Bay|city|Australia
Alice Springs|city|Australia
Kalgoorlie|city|Australia
Broome|city|Australia
Geraldton|city|Australia
Port Hedland|city|Australia
Karratha|city|Australia
Mildura|city|Australia
Shepparton|city|Australia
Warrnambool|city|Australia
Mount Gambier|city|Australia
Whyalla|city|Australia
Port Augusta|city|Australia
Hervey Bay|city|Australia
Parramatta|city|Australia
Blacktown|city|Australia
Bondi|district|Australia
Bondi Beach|district|Australia
Cronulla|district|Australia
Lakemba|district|Australia
Bankstown|district|Australia
Chatswood|district|Australia
St Kilda|district|Australia
Footscray|district|Australia
Surfers Paradise|district|Australia
Broadbeach|district|Australia
Pine Gap|venue|Australia
Woomera|city|Australia
# New Zealand
Auckland|city|New Zealand
Wellington|city|New Zealand
Christchurch|city|New Zealand
Tauranga|city|New Zealand
Dunedin|city|New Zealand
Palmerston North|city|New Zealand
Rotorua|city|New Zealand
New Plymouth|city|New Zealand
Whangarei|city|New Zealand
Invercargill|city|New Zealand
Whanganui|city|New Zealand
Wanganui|city|New Zealand
Gisborne|city|New Zealand
Queenstown|city|New Zealand
Taupo|city|New Zealand
Timaru|city|New Zealand
Blenheim|city|New Zealand
Kaikoura|city|New Zealand
Greymouth|city|New Zealand
Wanaka|city|New Zealand
Lower Hutt|city|New Zealand
Upper Hutt|city|New Zealand
Porirua|city|New Zealand
Northland|region|New Zealand
Waikato|region|New Zealand
Bay of Plenty|region|New Zealand
Hawke's Bay|region|New Zealand
Hawkes Bay|region|New Zealand
Taranaki|region|New Zealand
Manawatu|region|New Zealand
Manawatu-Whanganui|region|New Zealand
Otago|region|New Zealand
Southland|region|New Zealand
Coromandel|region|New Zealand
Wairarapa|region|New Zealand
Fiordland|region|New Zealand
Milford Sound|water|New Zealand
Central Otago|region|New Zealand
# South Africa: provinces and regions
Eastern Cape|province|South Africa
Free State|province|South Africa
Orange Free State|province|South Africa
Gauteng|province|South Africa
KwaZulu-Natal|province|South Africa
KwaZulu Natal|province|South Africa
Natal|province|South Africa
Zululand|region|South Africa
Limpopo|province|South Africa
Mpumalanga|province|South Africa
North West Province|province|South Africa
Northern Cape|province|South Africa
Western Cape|province|South Africa
Transvaal|province|South Africa
Karoo|region|South Africa
Garden Route|region|South Africa
Highveld|region|South Africa
Witwatersrand|region|South Africa
Kruger National Park|venue|South Africa
Kruger Park|venue|South Africa
Wild Coast|region|South Africa
Cape Winelands|region|South Africa
Cape Flats|region|South Africa
# South Africa: cities and townships
Johannesburg|city|South Africa
Jo'burg|city|South Africa
Joburg|city|South Africa
Cape Town|city|South Africa
Durban|city|South Africa
Pretoria|city|South Africa
Tshwane|city|South Africa
Port Elizabeth|city|South Africa
Gqeberha|city|South Africa
Bloemfontein|city|South Africa
Pietermaritzburg|city|South Africa
Polokwane|city|South Africa
Nelspruit|city|South Africa
Mbombela|city|South Africa
Rustenburg|city|South Africa
Mahikeng|city|South Africa
Mafikeng|city|South Africa
Mmabatho|city|South Africa
Soweto|city|South Africa
Sandton|city|South Africa
Midrand|city|South Africa
Benoni|city|South Africa
Boksburg|city|South Africa
Germiston|city|South Africa
Krugersdorp|city|South Africa
Roodepoort|city|South Africa
Randburg|city|South Africa
Vereeniging|city|South Africa
Vanderbijlpark|city|South Africa
Sharpeville|city|South Africa
Sebokeng|city|South Africa
Ekurhuleni|city|South Africa
Tembisa|city|South Africa
Diepsloot|city|South Africa
Marikana|city|South Africa
Welkom|city|South Africa
Kroonstad|city|South Africa
Stellenbosch|city|South Africa
Paarl|city|South Africa
Knysna|city|South Africa
Mossel Bay|city|South Africa
Hermanus|city|South Africa
Khayelitsha|city|South Africa
Gugulethu|city|South Africa
Mitchells Plain|city|South Africa
Umlazi|city|South Africa
KwaMashu|city|South Africa
Inanda|city|South Africa
Richards Bay|city|South Africa
Ladysmith|city|South Africa
Mthatha|city|South Africa
Umtata|city|South Africa
Qunu|city|South Africa
Nkandla|city|South Africa
Grahamstown|city|South Africa
Makhanda|city|South Africa
Upington|city|South Africa
Witbank|city|South Africa
eMalahleni|city|South Africa
Secunda|city|South Africa
Potchefstroom|city|South Africa
Klerksdorp|city|South Africa
Sun City|city|South Africa
# Names shared with British places
Halifax|city|Canada
Perth|city|Australia
Newcastle|city|Australia
Kingston|city|Canada

# ---------------------------------------------------------------------------------------------
# 8. The rest of the world: subdivisions and cities, country by country
# ---------------------------------------------------------------------------------------------
# France
Ile-de-France|region|France
Île-de-France|region|France
Hauts-de-France|region|France
Nord-Pas-de-Calais|region|France
Pas-de-Calais|region|France
Picardy|region|France
Champagne|region|France
Champagne-Ardenne|region|France
Grand Est|region|France
Burgundy|region|France
Bourgogne-Franche-Comte|region|France
Bourgogne-Franche-Comté|region|France
Franche-Comte|region|France
Franche-Comté|region|France
Centre-Val de Loire|region|France
Loire Valley|region|France
Pays de la Loire|region|France
Auvergne|region|France
Auvergne-Rhone-Alpes|region|France
Auvergne-Rhône-Alpes|region|France
Rhone-Alpes|region|France
Rhône-Alpes|region|France
Savoy|region|France
Savoie|region|France
Haute-Savoie|region|France
Nouvelle-Aquitaine|region|France
Aquitaine|region|France
Poitou-Charentes|region|France
Limousin|region|France
Dordogne|region|France
Gironde|region|France
Occitanie|region|France
Occitania|region|France
Languedoc|region|France
Languedoc-Roussillon|region|France
Midi-Pyrenees|region|France
Midi-Pyrénées|region|France
Provence-Alpes-Cote d'Azur|region|France
Provence-Alpes-Côte d'Azur|region|France
Camargue|region|France
French Basque Country|region|France
Vendee|region|France
Vendée|region|France
Calvados|region|France
Finistere|region|France
Finistère|region|France
Ardeche|region|France
Ardèche|region|France
Seine-Saint-Denis|region|France
Hauts-de-Seine|region|France
Val-de-Marne|region|France
Seine-et-Marne|region|France
Essonne|region|France
Yvelines|region|France
Val-d'Oise|region|France
Bouches-du-Rhone|region|France
Bouches-du-Rhône|region|France
Alpes-Maritimes|region|France
Haute-Garonne|region|France
Loire-Atlantique|region|France
Bas-Rhin|region|France
Haut-Rhin|region|France
Paris|city|France
Marseille|city|France
Marseilles|city|France
Lyon|city|France
Lyons|city|France
Toulouse|city|France
Nantes|city|France
Strasbourg|city|France
Montpellier|city|France
Bordeaux|city|France
Lille|city|France
Rennes|city|France
Reims|city|France
Le Havre|city|France
Saint-Etienne|city|France
Saint-Étienne|city|France
St Etienne|city|France
Toulon|city|France
Grenoble|city|France
Dijon|city|France
Nimes|city|France
Nîmes|city|France
Villeurbanne|city|France
Clermont-Ferrand|city|France
Le Mans|city|France
Aix-en-Provence|city|France
Brest|city|France
Amiens|city|France
Limoges|city|France
Annecy|city|France
Perpignan|city|France
Boulogne-Billancourt|city|France
Metz|city|France
Besancon|city|France
Besançon|city|France
Orleans|city|France
Orléans|city|France
Rouen|city|France
Mulhouse|city|France
Caen|city|France
Argenteuil|city|France
Saint-Denis|city|France
Montreuil|city|France
Roubaix|city|France
Tourcoing|city|France
Avignon|city|France
Nanterre|city|France
Creteil|city|France
Créteil|city|France
Poitiers|city|France
Versailles|city|France
Courbevoie|city|France
Pau|city|France
La Rochelle|city|France
Calais|city|France
Dunkirk|city|France
Dunkerque|city|France
Grande-Synthe|city|France
Cannes|city|France
Antibes|city|France
Boulogne-sur-Mer|city|France
Boulogne|city|France
Cherbourg|city|France
Bayonne|city|France
Biarritz|city|France
Lourdes|city|France
Chamonix|city|France
Ajaccio|city|France
Bastia|city|France
Saint-Tropez|city|France
St Tropez|city|France
St-Tropez|city|France
Menton|city|France
Vichy|city|France
Colmar|city|France
Troyes|city|France
Chartres|city|France
Carcassonne|city|France
Arles|city|France
Beziers|city|France
Béziers|city|France
Sete|city|France
Sète|city|France
Saint-Malo|city|France
St Malo|city|France
Saint-Nazaire|city|France
Lorient|city|France
Quimper|city|France
Vannes|city|France
Le Touquet|city|France
Deauville|city|France
Ouistreham|city|France
Evian|city|France
Évian|city|France
Chambery|city|France
Chambéry|city|France
Valence|city|France
Sarcelles|city|France
Clichy-sous-Bois|city|France
Bobigny|city|France
Aubervilliers|city|France
Saint-Ouen|city|France
Neuilly-sur-Seine|city|France
Neuilly|city|France
Levallois-Perret|city|France
Issy-les-Moulineaux|city|France
Vincennes|city|France
Fontainebleau|city|France
Montmartre|district|France
Latin Quarter|district|France
Marais|district|France
Le Marais|district|France
La Defense|district|France
La Défense|district|France
Saint-Germain-des-Pres|district|France
Saint-Germain-des-Prés|district|France
Pigalle|district|France
Belleville|district|France
Bataclan|venue|France
Champs-Elysees|venue|France
Champs-Élysées|venue|France
Eiffel Tower|venue|France
Notre-Dame|venue|France
Notre Dame Cathedral|venue|France
Louvre|venue|France
Place de la Republique|venue|France
Place de la République|venue|France
Place de la Concorde|venue|France
Arc de Triomphe|venue|France
Trocadero|venue|France
Mont-Saint-Michel|venue|France
Mont Saint-Michel|venue|France
Cayenne|city|France
Kourou|city|France
Noumea|city|France
Nouméa|city|France
Papeete|city|France
Fort-de-France|city|France
Pointe-a-Pitre|city|France
Pointe-à-Pitre|city|France
Mamoudzou|city|France
# Monaco, Andorra, Luxembourg, Liechtenstein, Malta
Monte Carlo|city|Monaco
Monte-Carlo|city|Monaco
Luxembourg City|city|Luxembourg
Esch-sur-Alzette|city|Luxembourg
Schengen|city|Luxembourg
Vaduz|city|Liechtenstein
Valletta|city|Malta
Sliema|city|Malta
Mdina|city|Malta
St Julian's|city|Malta
Andorra la Vella|city|Andorra
# Germany
Baden-Wurttemberg|state|Germany
Baden-Württemberg|state|Germany
Brandenburg|state|Germany
Hesse|state|Germany
Hessen|state|Germany
Lower Saxony|state|Germany
Mecklenburg-Western Pomerania|state|Germany
Mecklenburg-Vorpommern|state|Germany
Mecklenburg|region|Germany
North Rhine-Westphalia|state|Germany
North Rhine Westphalia|state|Germany
Rhineland-Palatinate|state|Germany
Saarland|state|Germany
Saxony|state|Germany
Saxony-Anhalt|state|Germany
Schleswig-Holstein|state|Germany
Thuringia|state|Germany
Westphalia|region|Germany
Franconia|region|Germany
Swabia|region|Germany
Palatinate|region|Germany
Eifel|region|Germany
Sauerland|region|Germany
Lusatia|region|Germany
Upper Bavaria|region|Germany
Ahr Valley|region|Germany
Berlin|city|Germany
Hamburg|city|Germany
Munich|city|Germany
Cologne|city|Germany
Frankfurt|city|Germany
Frankfurt am Main|city|Germany
Frankfurt an der Oder|city|Germany
Stuttgart|city|Germany
Dusseldorf|city|Germany
Düsseldorf|city|Germany
Duesseldorf|city|Germany
Leipzig|city|Germany
Dortmund|city|Germany
Bremen|city|Germany
Dresden|city|Germany
Hanover|city|Germany
Hannover|city|Germany
Nuremberg|city|Germany
Nürnberg|city|Germany
Duisburg|city|Germany
Bochum|city|Germany
Wuppertal|city|Germany
Bielefeld|city|Germany
Bonn|city|Germany
Münster|city|Germany
Muenster|city|Germany
Karlsruhe|city|Germany
Mannheim|city|Germany
Augsburg|city|Germany
Wiesbaden|city|Germany
Monchengladbach|city|Germany
Mönchengladbach|city|Germany
Gelsenkirchen|city|Germany
Aachen|city|Germany
Braunschweig|city|Germany
Kiel|city|Germany
Chemnitz|city|Germany
Magdeburg|city|Germany
Freiburg|city|Germany
Krefeld|city|Germany
Mainz|city|Germany
Lubeck|city|Germany
Lübeck|city|Germany
Erfurt|city|Germany
Oberhausen|city|Germany
Rostock|city|Germany
Kassel|city|Germany
Potsdam|city|Germany
Saarbrucken|city|Germany
Saarbrücken|city|Germany
Ludwigshafen|city|Germany
Leverkusen|city|Germany
Oldenburg|city|Germany
Osnabruck|city|Germany
Osnabrück|city|Germany
Solingen|city|Germany
Heidelberg|city|Germany
Darmstadt|city|Germany
Regensburg|city|Germany
Ingolstadt|city|Germany
Wurzburg|city|Germany
Würzburg|city|Germany
Wolfsburg|city|Germany
Heilbronn|city|Germany
Gottingen|city|Germany
Göttingen|city|Germany
Pforzheim|city|Germany
Bremerhaven|city|Germany
Trier|city|Germany
Jena|city|Germany
Cottbus|city|Germany
Schwerin|city|Germany
Dessau|city|Germany
Weimar|city|Germany
Passau|city|Germany
Bamberg|city|Germany
Bayreuth|city|Germany
Garmisch-Partenkirchen|city|Germany
Berchtesgaden|city|Germany
Baden-Baden|city|Germany
Konstanz|city|Germany
Flensburg|city|Germany
Zwickau|city|Germany
Gorlitz|city|Germany
Görlitz|city|Germany
Hanau|city|Germany
Dachau|city|Germany
Oberammergau|city|Germany
Rothenburg|city|Germany
Ramstein|venue|Germany
Ramstein Air Base|venue|Germany
Bergen-Belsen|venue|Germany
Buchenwald|venue|Germany
Kreuzberg|district|Germany
Neukolln|district|Germany
Neukölln|district|Germany
Charlottenburg|district|Germany
Prenzlauer Berg|district|Germany
Friedrichshain|district|Germany
Spandau|district|Germany
Schoneberg|district|Germany
Schöneberg|district|Germany
Tempelhof|district|Germany
Moabit|district|Germany
Pankow|district|Germany
Lichtenberg|district|Germany
Marzahn|district|Germany
Brandenburg Gate|venue|Germany
Alexanderplatz|venue|Germany
Potsdamer Platz|venue|Germany
Checkpoint Charlie|venue|Germany
Unter den Linden|venue|Germany
Kurfurstendamm|venue|Germany
Reeperbahn|venue|Germany
# Spain
Andalusia|region|Spain
Andalucia|region|Spain
Andalucía|region|Spain
Aragon|region|Spain
Aragón|region|Spain
Asturias|region|Spain
Basque Country|region|Spain
Euskadi|region|Spain
Cantabria|region|Spain
Castile and Leon|region|Spain
Castile and León|region|Spain
Castilla y Leon|region|Spain
Castile-La Mancha|region|Spain
Castilla-La Mancha|region|Spain
La Mancha|region|Spain
Castile|region|Spain
Catalonia|region|Spain
Catalunya|region|Spain
Extremadura|region|Spain
Galicia|region|Spain
La Rioja|region|Spain
Rioja|region|Spain
Navarre|region|Spain
Navarra|region|Spain
Valencian Community|region|Spain
Ceuta|city|Spain
Melilla|city|Spain
Madrid|city|Spain
Barcelona|city|Spain
Valencia|city|Spain
Seville|city|Spain
Sevilla|city|Spain
Zaragoza|city|Spain
Saragossa|city|Spain
Malaga|city|Spain
Málaga|city|Spain
Murcia|city|Spain
Palma|city|Spain
Palma de Mallorca|city|Spain
Las Palmas|city|Spain
Las Palmas de Gran Canaria|city|Spain
Bilbao|city|Spain
Alicante|city|Spain
Cordoba|city|Spain
Córdoba|city|Spain
Valladolid|city|Spain
Vigo|city|Spain
Gijon|city|Spain
Gijón|city|Spain
L'Hospitalet de Llobregat|city|Spain
Vitoria-Gasteiz|city|Spain
Vitoria|city|Spain
A Coruna|city|Spain
A Coruña|city|Spain
La Coruna|city|Spain
La Coruña|city|Spain
Corunna|city|Spain
Granada|city|Spain
Elche|city|Spain
Oviedo|city|Spain
Santa Cruz de Tenerife|city|Spain
Badalona|city|Spain
Cartagena|city|Spain
Terrassa|city|Spain
Jerez|city|Spain
Jerez de la Frontera|city|Spain
Sabadell|city|Spain
Mostoles|city|Spain
Móstoles|city|Spain
Pamplona|city|Spain
Almeria|city|Spain
Almería|city|Spain
San Sebastian|city|Spain
San Sebastián|city|Spain
Donostia|city|Spain
Santander|city|Spain
Burgos|city|Spain
Salamanca|city|Spain
Albacete|city|Spain
Logrono|city|Spain
Logroño|city|Spain
Badajoz|city|Spain
Huelva|city|Spain
Tarragona|city|Spain
Lleida|city|Spain
Lerida|city|Spain
Girona|city|Spain
Gerona|city|Spain
Cadiz|city|Spain
Cádiz|city|Spain
Toledo|city|Spain
Segovia|city|Spain
Avila|city|Spain
Ávila|city|Spain
Cuenca|city|Spain
Santiago de Compostela|city|Spain
Benidorm|city|Spain
Marbella|city|Spain
Torremolinos|city|Spain
Magaluf|city|Spain
Sitges|city|Spain
Lloret de Mar|city|Spain
Algeciras|city|Spain
Zamora|city|Spain
Teruel|city|Spain
Huesca|city|Spain
Soria|city|Spain
Mahon|city|Spain
Mahón|city|Spain
Fuengirola|city|Spain
Estepona|city|Spain
Nerja|city|Spain
Salou|city|Spain
Torrevieja|city|Spain
Alcala de Henares|city|Spain
Alcalá de Henares|city|Spain
Getafe|city|Spain
Leganes|city|Spain
Leganés|city|Spain
Fuenlabrada|city|Spain
Alcorcon|city|Spain
Gernika|city|Spain
Guernica|city|Spain
Ripoll|city|Spain
Cambrils|city|Spain
Puerta del Sol|venue|Spain
Las Ramblas|venue|Spain
La Rambla|venue|Spain
Sagrada Familia|venue|Spain
Alhambra|venue|Spain
# Portugal
Lisbon|city|Portugal
Porto|city|Portugal
Oporto|city|Portugal
Braga|city|Portugal
Coimbra|city|Portugal
Faro|city|Portugal
Funchal|city|Portugal
Setubal|city|Portugal
Setúbal|city|Portugal
Aveiro|city|Portugal
Guimaraes|city|Portugal
Guimarães|city|Portugal
Evora|city|Portugal
Évora|city|Portugal
Cascais|city|Portugal
Sintra|city|Portugal
Estoril|city|Portugal
Albufeira|city|Portugal
Portimao|city|Portugal
Portimão|city|Portugal
Vilamoura|city|Portugal
Praia da Luz|city|Portugal
Ponta Delgada|city|Portugal
Viseu|city|Portugal
Leiria|city|Portugal
Pedrogao Grande|city|Portugal
Alentejo|region|Portugal
Douro Valley|region|Portugal
# Netherlands
Amsterdam|city|Netherlands
Rotterdam|city|Netherlands
The Hague|city|Netherlands
Hague|city|Netherlands
Den Haag|city|Netherlands
Utrecht|city|Netherlands
Eindhoven|city|Netherlands
Groningen|city|Netherlands
Tilburg|city|Netherlands
Almere|city|Netherlands
Breda|city|Netherlands
Nijmegen|city|Netherlands
Arnhem|city|Netherlands
Haarlem|city|Netherlands
Enschede|city|Netherlands
Maastricht|city|Netherlands
Leiden|city|Netherlands
Delft|city|Netherlands
Zwolle|city|Netherlands
Apeldoorn|city|Netherlands
Amersfoort|city|Netherlands
Den Bosch|city|Netherlands
's-Hertogenbosch|city|Netherlands
Dordrecht|city|Netherlands
Leeuwarden|city|Netherlands
Zaandam|city|Netherlands
Alkmaar|city|Netherlands
Scheveningen|city|Netherlands
Volendam|city|Netherlands
Gouda|city|Netherlands
Hilversum|city|Netherlands
Venlo|city|Netherlands
Heerlen|city|Netherlands
Emmen|city|Netherlands
Zandvoort|city|Netherlands
Zeeland|province|Netherlands
North Holland|province|Netherlands
South Holland|province|Netherlands
Friesland|province|Netherlands
Flevoland|province|Netherlands
Gelderland|province|Netherlands
Overijssel|province|Netherlands
Drenthe|province|Netherlands
Limburg|province|Netherlands
North Brabant|province|Netherlands
Noord-Brabant|province|Netherlands
Randstad|region|Netherlands
# Belgium
Brussels|city|Belgium
Antwerp|city|Belgium
Ghent|city|Belgium
Charleroi|city|Belgium
Liege|city|Belgium
Liège|city|Belgium
Bruges|city|Belgium
Brugge|city|Belgium
Namur|city|Belgium
Leuven|city|Belgium
Louvain|city|Belgium
Mechelen|city|Belgium
Aalst|city|Belgium
Ostend|city|Belgium
Oostende|city|Belgium
Kortrijk|city|Belgium
Hasselt|city|Belgium
Genk|city|Belgium
Ypres|city|Belgium
Ieper|city|Belgium
Waterloo|city|Belgium
Molenbeek|district|Belgium
Molenbeek-Saint-Jean|district|Belgium
Schaerbeek|district|Belgium
Anderlecht|district|Belgium
Ixelles|district|Belgium
Etterbeek|district|Belgium
Bastogne|city|Belgium
Dinant|city|Belgium
Tournai|city|Belgium
Verviers|city|Belgium
Seraing|city|Belgium
Zeebrugge|city|Belgium
Knokke|city|Belgium
Arlon|city|Belgium
Passchendaele|city|Belgium
Flemish Brabant|province|Belgium
Walloon Brabant|province|Belgium
Hainaut|province|Belgium
Limburg|province|Belgium
East Flanders|province|Belgium
West Flanders|province|Belgium
Grand Place|venue|Belgium
# Switzerland
Zurich|city|Switzerland
Zürich|city|Switzerland
Geneva|city|Switzerland
Basel|city|Switzerland
Bern|city|Switzerland
Berne|city|Switzerland
Lausanne|city|Switzerland
Lucerne|city|Switzerland
Luzern|city|Switzerland
Lugano|city|Switzerland
St Gallen|city|Switzerland
St. Gallen|city|Switzerland
Winterthur|city|Switzerland
Davos|city|Switzerland
Locarno|city|Switzerland
Montreux|city|Switzerland
Interlaken|city|Switzerland
Zermatt|city|Switzerland
St Moritz|city|Switzerland
St. Moritz|city|Switzerland
Gstaad|city|Switzerland
Verbier|city|Switzerland
Crans-Montana|city|Switzerland
Neuchatel|city|Switzerland
Neuchâtel|city|Switzerland
Fribourg|city|Switzerland
Chur|city|Switzerland
Biel|city|Switzerland
Nyon|city|Switzerland
Andermatt|city|Switzerland
Schaffhausen|city|Switzerland
Burgenstock|venue|Switzerland
Bürgenstock|venue|Switzerland
Ticino|province|Switzerland
Valais|province|Switzerland
Graubunden|province|Switzerland
Graubünden|province|Switzerland
Grisons|province|Switzerland
Vaud|province|Switzerland
Appenzell|province|Switzerland
Engadine|region|Switzerland
Bernese Oberland|region|Switzerland
# Austria
Vienna|city|Austria
Graz|city|Austria
Linz|city|Austria
Salzburg|city|Austria
Innsbruck|city|Austria
Klagenfurt|city|Austria
Villach|city|Austria
St Polten|city|Austria
St. Pölten|city|Austria
Dornbirn|city|Austria
Bregenz|city|Austria
Kitzbuhel|city|Austria
Kitzbühel|city|Austria
Ischgl|city|Austria
Hallstatt|city|Austria
Braunau|city|Austria
Styria|state|Austria
Carinthia|state|Austria
Vorarlberg|state|Austria
Upper Austria|state|Austria
Lower Austria|state|Austria
Burgenland|state|Austria
# Nordic countries
Stockholm|city|Sweden
Gothenburg|city|Sweden
Goteborg|city|Sweden
Göteborg|city|Sweden
Malmo|city|Sweden
Malmö|city|Sweden
Uppsala|city|Sweden
Vasteras|city|Sweden
Västerås|city|Sweden
Orebro|city|Sweden
Örebro|city|Sweden
Linkoping|city|Sweden
Linköping|city|Sweden
Helsingborg|city|Sweden
Jonkoping|city|Sweden
Jönköping|city|Sweden
Norrkoping|city|Sweden
Norrköping|city|Sweden
Umea|city|Sweden
Umeå|city|Sweden
Gavle|city|Sweden
Gävle|city|Sweden
Kiruna|city|Sweden
Lulea|city|Sweden
Luleå|city|Sweden
Visby|city|Sweden
Sundsvall|city|Sweden
Sodertalje|city|Sweden
Södertälje|city|Sweden
Karlstad|city|Sweden
Rinkeby|district|Sweden
Skane|region|Sweden
Skåne|region|Sweden
Scania|region|Sweden
Oslo|city|Norway
Bergen|city|Norway
Trondheim|city|Norway
Stavanger|city|Norway
Tromso|city|Norway
Tromsø|city|Norway
Drammen|city|Norway
Kristiansand|city|Norway
Bodo|city|Norway
Bodø|city|Norway
Alesund|city|Norway
Ålesund|city|Norway
Fredrikstad|city|Norway
Lillehammer|city|Norway
Hammerfest|city|Norway
Kirkenes|city|Norway
Narvik|city|Norway
Utoya|island|Norway
Utøya|island|Norway
Longyearbyen|city|Norway
Finnmark|region|Norway
Telemark|region|Norway
Copenhagen|city|Denmark
Aarhus|city|Denmark
Århus|city|Denmark
Odense|city|Denmark
Aalborg|city|Denmark
Esbjerg|city|Denmark
Roskilde|city|Denmark
Helsingor|city|Denmark
Helsingør|city|Denmark
Elsinore|city|Denmark
Billund|city|Denmark
Torshavn|city|Denmark
Tórshavn|city|Denmark
Christiania|district|Denmark
Nuuk|city|Greenland
Pituffik|venue|Greenland
Thule Air Base|venue|Greenland
Ilulissat|city|Greenland
Helsinki|city|Finland
Espoo|city|Finland
Tampere|city|Finland
Vantaa|city|Finland
Turku|city|Finland
Oulu|city|Finland
Jyvaskyla|city|Finland
Jyväskylä|city|Finland
Lahti|city|Finland
Kuopio|city|Finland
Rovaniemi|city|Finland
Vaasa|city|Finland
Lappeenranta|city|Finland
Joensuu|city|Finland
Porvoo|city|Finland
Mariehamn|city|Finland
Imatra|city|Finland
Vaalimaa|city|Finland
Reykjavik|city|Iceland
Reykjavík|city|Iceland
Akureyri|city|Iceland
Keflavik|city|Iceland
Keflavík|city|Iceland
# Baltic states
Tallinn|city|Estonia
Tartu|city|Estonia
Parnu|city|Estonia
Pärnu|city|Estonia
Riga|city|Latvia
Daugavpils|city|Latvia
Liepaja|city|Latvia
Liepāja|city|Latvia
Jurmala|city|Latvia
Jūrmala|city|Latvia
Latgale|region|Latvia
Vilnius|city|Lithuania
Kaunas|city|Lithuania
Klaipeda|city|Lithuania
Klaipėda|city|Lithuania
Siauliai|city|Lithuania
Šiauliai|city|Lithuania
Suwalki Gap|region|
Suwałki Gap|region|
# Poland
Warsaw|city|Poland
Krakow|city|Poland
Kraków|city|Poland
Cracow|city|Poland
Lodz|city|Poland
Łódź|city|Poland
Wroclaw|city|Poland
Wrocław|city|Poland
Poznan|city|Poland
Poznań|city|Poland
Gdansk|city|Poland
Gdańsk|city|Poland
Szczecin|city|Poland
Bydgoszcz|city|Poland
Lublin|city|Poland
Bialystok|city|Poland
Białystok|city|Poland
Katowice|city|Poland
Gdynia|city|Poland
Czestochowa|city|Poland
Częstochowa|city|Poland
Radom|city|Poland
Rzeszow|city|Poland
Rzeszów|city|Poland
Torun|city|Poland
Toruń|city|Poland
Kielce|city|Poland
Gliwice|city|Poland
Olsztyn|city|Poland
Opole|city|Poland
Sopot|city|Poland
Zakopane|city|Poland
Oswiecim|city|Poland
Oświęcim|city|Poland
Auschwitz|venue|Poland
Auschwitz-Birkenau|venue|Poland
Treblinka|venue|Poland
Sobibor|venue|Poland
Majdanek|venue|Poland
Przemysl|city|Poland
Przemyśl|city|Poland
Chelm|city|Poland
Chełm|city|Poland
Przewodow|city|Poland
Przewodów|city|Poland
Medyka|city|Poland
Terespol|city|Poland
Kuznica|city|Poland
Kuźnica|city|Poland
Elblag|city|Poland
Legnica|city|Poland
Walbrzych|city|Poland
Mazovia|region|Poland
Masovia|region|Poland
Lesser Poland|region|Poland
Greater Poland|region|Poland
Masuria|region|Poland
Podlasie|region|Poland
Warmia|region|Poland
Kashubia|region|Poland
# Czech Republic, Slovakia, Hungary
Prague|city|Czech Republic
Brno|city|Czech Republic
Ostrava|city|Czech Republic
Plzen|city|Czech Republic
Plzeň|city|Czech Republic
Pilsen|city|Czech Republic
Liberec|city|Czech Republic
Olomouc|city|Czech Republic
Karlovy Vary|city|Czech Republic
Ceske Budejovice|city|Czech Republic
České Budějovice|city|Czech Republic
Hradec Kralove|city|Czech Republic
Hradec Králové|city|Czech Republic
Pardubice|city|Czech Republic
Zlin|city|Czech Republic
Zlín|city|Czech Republic
Usti nad Labem|city|Czech Republic
Terezin|city|Czech Republic
Terezín|city|Czech Republic
Lidice|city|Czech Republic
Temelin|venue|Czech Republic
Bratislava|city|Slovakia
Kosice|city|Slovakia
Košice|city|Slovakia
Presov|city|Slovakia
Prešov|city|Slovakia
Zilina|city|Slovakia
Žilina|city|Slovakia
Nitra|city|Slovakia
Banska Bystrica|city|Slovakia
Banská Bystrica|city|Slovakia
Trnava|city|Slovakia
Handlova|city|Slovakia
Budapest|city|Hungary
Debrecen|city|Hungary
Szeged|city|Hungary
Miskolc|city|Hungary
Pécs|city|Hungary
Gyor|city|Hungary
Győr|city|Hungary
Nyiregyhaza|city|Hungary
Nyíregyháza|city|Hungary
Kecskemet|city|Hungary
Kecskemét|city|Hungary
Szekesfehervar|city|Hungary
Székesfehérvár|city|Hungary
Sopron|city|Hungary
Roszke|city|Hungary
Röszke|city|Hungary
# Former Yugoslavia and Albania
Ljubljana|city|Slovenia
Maribor|city|Slovenia
Koper|city|Slovenia
Piran|city|Slovenia
Zagreb|city|Croatia
Rijeka|city|Croatia
Osijek|city|Croatia
Zadar|city|Croatia
Dubrovnik|city|Croatia
Sibenik|city|Croatia
Šibenik|city|Croatia
Vukovar|city|Croatia
Knin|city|Croatia
Slavonia|region|Croatia
Krajina|region|Croatia
Belgrade|city|Serbia
Novi Sad|city|Serbia
Nis|city|Serbia
Niš|city|Serbia
Kragujevac|city|Serbia
Subotica|city|Serbia
Presevo|city|Serbia
Preševo|city|Serbia
Horgos|city|Serbia
Vojvodina|province|Serbia
Sandzak|region|
Sarajevo|city|Bosnia and Herzegovina
Banja Luka|city|Bosnia and Herzegovina
Tuzla|city|Bosnia and Herzegovina
Zenica|city|Bosnia and Herzegovina
Mostar|city|Bosnia and Herzegovina
Srebrenica|city|Bosnia and Herzegovina
Bihac|city|Bosnia and Herzegovina
Bihać|city|Bosnia and Herzegovina
Brcko|city|Bosnia and Herzegovina
Brčko|city|Bosnia and Herzegovina
Gorazde|city|Bosnia and Herzegovina
Goražde|city|Bosnia and Herzegovina
Visegrad|city|Bosnia and Herzegovina
Višegrad|city|Bosnia and Herzegovina
Prijedor|city|Bosnia and Herzegovina
Potocari|city|Bosnia and Herzegovina
Republika Srpska|region|Bosnia and Herzegovina
Herzegovina|region|Bosnia and Herzegovina
Podgorica|city|Montenegro
Kotor|city|Montenegro
Budva|city|Montenegro
Cetinje|city|Montenegro
Herceg Novi|city|Montenegro
Pristina|city|Kosovo
Prishtina|city|Kosovo
Prizren|city|Kosovo
Mitrovica|city|Kosovo
Peja|city|Kosovo
Gjakova|city|Kosovo
Ferizaj|city|Kosovo
Zvecan|city|Kosovo
Zvečan|city|Kosovo
Leposavic|city|Kosovo
Banjska|city|Kosovo
Skopje|city|North Macedonia
Ohrid|city|North Macedonia
Bitola|city|North Macedonia
Tetovo|city|North Macedonia
Kumanovo|city|North Macedonia
Gevgelija|city|North Macedonia
Kocani|city|North Macedonia
Tirana|city|Albania
Durres|city|Albania
Durrës|city|Albania
Vlore|city|Albania
Vlora|city|Albania
Shkoder|city|Albania
Shkodër|city|Albania
Elbasan|city|Albania
Korce|city|Albania
Sarande|city|Albania
Saranda|city|Albania
Gjirokaster|city|Albania
Gjader|city|Albania
Shengjin|city|Albania
# Greece and Cyprus
Athens|city|Greece
Thessaloniki|city|Greece
Salonika|city|Greece
Patras|city|Greece
Piraeus|city|Greece
Heraklion|city|Greece
Iraklio|city|Greece
Larissa|city|Greece
Volos|city|Greece
Ioannina|city|Greece
Chania|city|Greece
Kavala|city|Greece
Alexandroupolis|city|Greece
Kalamata|city|Greece
Corinth|city|Greece
Sparta|city|Greece
Delphi|city|Greece
Nafplio|city|Greece
Pylos|city|Greece
Rafina|city|Greece
Glyfada|city|Greece
Tempi|city|Greece
Idomeni|city|Greece
Attica|region|Greece
Central Macedonia|region|Greece
Thessaly|region|Greece
Epirus|region|Greece
Western Greece|region|Greece
Acropolis|venue|Greece
Parthenon|venue|Greece
Syntagma Square|venue|Greece
Nicosia|city|Cyprus
Limassol|city|Cyprus
Larnaca|city|Cyprus
Paphos|city|Cyprus
Famagusta|city|Cyprus
Kyrenia|city|Cyprus
Ayia Napa|city|Cyprus
Varosha|city|Cyprus
Northern Cyprus|region|Cyprus
Akrotiri|venue|Cyprus
RAF Akrotiri|venue|Cyprus
Dhekelia|venue|Cyprus
# Bulgaria, Romania, Moldova
Plovdiv|city|Bulgaria
Burgas|city|Bulgaria
Stara Zagora|city|Bulgaria
Pleven|city|Bulgaria
Sunny Beach|city|Bulgaria
Bansko|city|Bulgaria
Bucharest|city|Romania
Cluj-Napoca|city|Romania
Cluj|city|Romania
Timisoara|city|Romania
Timișoara|city|Romania
Iasi|city|Romania
Iași|city|Romania
Constanta|city|Romania
Constanța|city|Romania
Craiova|city|Romania
Brasov|city|Romania
Brașov|city|Romania
Galati|city|Romania
Galați|city|Romania
Ploiesti|city|Romania
Ploiești|city|Romania
Oradea|city|Romania
Sibiu|city|Romania
Suceava|city|Romania
Tulcea|city|Romania
Izmail|city|Ukraine
Mihail Kogalniceanu|venue|Romania
Wallachia|region|Romania
Moldavia|region|Romania
Dobruja|region|
Bukovina|region|
Chisinau|city|Moldova
Chișinău|city|Moldova
Kishinev|city|Moldova
Tiraspol|city|Moldova
Bălți|city|Moldova
Comrat|city|Moldova
Gagauzia|region|Moldova
# Belarus
Minsk|city|Belarus
Gomel|city|Belarus
Homel|city|Belarus
Mogilev|city|Belarus
Vitebsk|city|Belarus
Vitsebsk|city|Belarus
Grodno|city|Belarus
Hrodna|city|Belarus
Bobruisk|city|Belarus
Babruysk|city|Belarus
Baranovichi|city|Belarus
Machulishchy|venue|Belarus
Mozyr|city|Belarus
# Further cities of continental Europe
Hamm|city|Germany
Hagen|city|Germany
Essen|city|Germany
Ulm|city|Germany
Mons|city|Belgium
Zug|city|Switzerland
Thun|city|Switzerland
Wels|city|Austria
Lund|city|Sweden
Eger|city|Hungary
Arad|city|Romania
Mati|city|Greece
Moria|venue|Greece
Pula|city|Croatia
Varna|city|Bulgaria
Brest|city|Belarus
# Italy
Lombardy|region|Italy
Lombardia|region|Italy
Piedmont|region|Italy
Veneto|region|Italy
Tuscany|region|Italy
Lazio|region|Italy
Campania|region|Italy
Puglia|region|Italy
Apulia|region|Italy
Calabria|region|Italy
Liguria|region|Italy
Emilia-Romagna|region|Italy
Marche|region|Italy
Abruzzo|region|Italy
Umbria|region|Italy
Friuli-Venezia Giulia|region|Italy
Friuli|region|Italy
Trentino-Alto Adige|region|Italy
Trentino|region|Italy
Alto Adige|region|Italy
Basilicata|region|Italy
Molise|region|Italy
Aosta Valley|region|Italy
Valle d'Aosta|region|Italy
Chianti|region|Italy
Cinque Terre|region|Italy
Amalfi Coast|region|Italy
Rome|city|Italy
Milan|city|Italy
Naples|city|Italy
Turin|city|Italy
Palermo|city|Italy
Genoa|city|Italy
Bologna|city|Italy
Bari|city|Italy
Catania|city|Italy
Venice|city|Italy
Verona|city|Italy
Messina|city|Italy
Padua|city|Italy
Trieste|city|Italy
Taranto|city|Italy
Brescia|city|Italy
Prato|city|Italy
Parma|city|Italy
Modena|city|Italy
Reggio Calabria|city|Italy
Reggio Emilia|city|Italy
Perugia|city|Italy
Livorno|city|Italy
Ravenna|city|Italy
Cagliari|city|Italy
Foggia|city|Italy
Rimini|city|Italy
Salerno|city|Italy
Ferrara|city|Italy
Sassari|city|Italy
Monza|city|Italy
Siracusa|city|Italy
Pescara|city|Italy
Bergamo|city|Italy
Vicenza|city|Italy
Trento|city|Italy
Bolzano|city|Italy
Novara|city|Italy
Piacenza|city|Italy
Ancona|city|Italy
Udine|city|Italy
Arezzo|city|Italy
Lecce|city|Italy
Pisa|city|Italy
Siena|city|Italy
Lucca|city|Italy
Amalfi|city|Italy
Positano|city|Italy
Sorrento|city|Italy
Pompeii|city|Italy
Herculaneum|city|Italy
Assisi|city|Italy
Sanremo|city|Italy
San Remo|city|Italy
Portofino|city|Italy
Aosta|city|Italy
Cremona|city|Italy
Mantua|city|Italy
Treviso|city|Italy
Brindisi|city|Italy
Crotone|city|Italy
Cosenza|city|Italy
Matera|city|Italy
Potenza|city|Italy
Campobasso|city|Italy
L'Aquila|city|Italy
Amatrice|city|Italy
Norcia|city|Italy
Cortina d'Ampezzo|city|Italy
Cortina|city|Italy
Bormio|city|Italy
Imola|city|Italy
Maranello|city|Italy
Agrigento|city|Italy
Trapani|city|Italy
Ragusa|city|Italy
Cutro|city|Italy
Corleone|city|Italy
Caserta|city|Italy
Pozzuoli|city|Italy
Torre del Greco|city|Italy
Scampia|district|Italy
Trastevere|district|Italy
Codogno|city|Italy
Colosseum|venue|Italy
Trevi Fountain|venue|Italy
Spanish Steps|venue|Italy
St Peter's Square|venue|Vatican City
St Peter's Basilica|venue|Vatican City
Sistine Chapel|venue|Vatican City
Piazza San Marco|venue|Italy
St Mark's Square|venue|Italy
Rialto Bridge|venue|Italy
Leaning Tower of Pisa|venue|Italy
Uffizi|venue|Italy
La Scala|venue|Italy
# Ukraine
Kyiv|city|Ukraine
Kiev|city|Ukraine
Kharkiv|city|Ukraine
Kharkov|city|Ukraine
Odesa|city|Ukraine
Odessa|city|Ukraine
Dnipro|city|Ukraine
Dnipropetrovsk|city|Ukraine
Donetsk|city|Ukraine
Zaporizhzhia|city|Ukraine
Zaporizhia|city|Ukraine
Zaporizhzhya|city|Ukraine
Zaporozhye|city|Ukraine
Lviv|city|Ukraine
Lvov|city|Ukraine
Kryvyi Rih|city|Ukraine
Krivoy Rog|city|Ukraine
Mykolaiv|city|Ukraine
Nikolaev|city|Ukraine
Mariupol|city|Ukraine
Luhansk|city|Ukraine
Lugansk|city|Ukraine
Vinnytsia|city|Ukraine
Vinnitsa|city|Ukraine
Kherson|city|Ukraine
Poltava|city|Ukraine
Chernihiv|city|Ukraine
Chernigov|city|Ukraine
Cherkasy|city|Ukraine
Sumy|city|Ukraine
Zhytomyr|city|Ukraine
Khmelnytskyi|city|Ukraine
Khmelnytsky|city|Ukraine
Rivne|city|Ukraine
Chernivtsi|city|Ukraine
Ternopil|city|Ukraine
Ivano-Frankivsk|city|Ukraine
Lutsk|city|Ukraine
Uzhhorod|city|Ukraine
Kropyvnytskyi|city|Ukraine
Kramatorsk|city|Ukraine
Sloviansk|city|Ukraine
Slovyansk|city|Ukraine
Slavyansk|city|Ukraine
Bakhmut|city|Ukraine
Artemivsk|city|Ukraine
Avdiivka|city|Ukraine
Severodonetsk|city|Ukraine
Sievierodonetsk|city|Ukraine
Lysychansk|city|Ukraine
Izium|city|Ukraine
Izyum|city|Ukraine
Kupiansk|city|Ukraine
Kupyansk|city|Ukraine
Bucha|city|Ukraine
Irpin|city|Ukraine
Hostomel|city|Ukraine
Borodyanka|city|Ukraine
Chernobyl|city|Ukraine
Chornobyl|city|Ukraine
Enerhodar|city|Ukraine
Energodar|city|Ukraine
Nova Kakhovka|city|Ukraine
Melitopol|city|Ukraine
Berdyansk|city|Ukraine
Berdiansk|city|Ukraine
Tokmak|city|Ukraine
Robotyne|city|Ukraine
Vuhledar|city|Ukraine
Pokrovsk|city|Ukraine
Toretsk|city|Ukraine
Chasiv Yar|city|Ukraine
Kurakhove|city|Ukraine
Velyka Novosilka|city|Ukraine
Marinka|city|Ukraine
Soledar|city|Ukraine
Kostiantynivka|city|Ukraine
Lyman|city|Ukraine
Balakliia|city|Ukraine
Kreminna|city|Ukraine
Svatove|city|Ukraine
Vovchansk|city|Ukraine
Huliaipole|city|Ukraine
Orikhiv|city|Ukraine
Nikopol|city|Ukraine
Kamianske|city|Ukraine
Pavlohrad|city|Ukraine
Kremenchuk|city|Ukraine
Bila Tserkva|city|Ukraine
Brovary|city|Ukraine
Boryspil|city|Ukraine
Uman|city|Ukraine
Konotop|city|Ukraine
Ochakiv|city|Ukraine
Horlivka|city|Ukraine
Makiivka|city|Ukraine
Yasynuvata|city|Ukraine
Debaltseve|city|Ukraine
Ilovaisk|city|Ukraine
Shakhtarsk|city|Ukraine
Volnovakha|city|Ukraine
Siversk|city|Ukraine
Myrnohrad|city|Ukraine
Selydove|city|Ukraine
Krasnohorivka|city|Ukraine
Novomykhailivka|city|Ukraine
Staromaiorske|city|Ukraine
Krynky|city|Ukraine
Hola Prystan|city|Ukraine
Oleshky|city|Ukraine
Henichesk|city|Ukraine
Skadovsk|city|Ukraine
Kakhovka|city|Ukraine
Zmiiv|city|Ukraine
Chuhuiv|city|Ukraine
Lozova|city|Ukraine
Shostka|city|Ukraine
Okhtyrka|city|Ukraine
Bilhorod-Dnistrovskyi|city|Ukraine
Pivdennyi|city|Ukraine
Sevastopol|city|Ukraine
Simferopol|city|Ukraine
Yalta|city|Ukraine
Kerch|city|Ukraine
Feodosia|city|Ukraine
Yevpatoria|city|Ukraine
Dzhankoi|city|Ukraine
Saky|city|Ukraine
Kerch Bridge|venue|Ukraine
Crimean Bridge|venue|Ukraine
Azovstal|venue|Ukraine
Maidan Nezalezhnosti|venue|Ukraine
Transcarpathia|region|Ukraine
Zakarpattia|region|Ukraine
Volhynia|region|Ukraine
Podolia|region|Ukraine
Slobozhanshchyna|region|Ukraine
Donetsk Oblast|province|Ukraine
Luhansk Oblast|province|Ukraine
Kharkiv Oblast|province|Ukraine
Kherson Oblast|province|Ukraine
Zaporizhzhia Oblast|province|Ukraine
# Russia: cities
Moscow|city|Russia
St Petersburg|city|Russia
St. Petersburg|city|Russia
Saint Petersburg|city|Russia
Leningrad|city|Russia
Novosibirsk|city|Russia
Yekaterinburg|city|Russia
Ekaterinburg|city|Russia
Kazan|city|Russia
Nizhny Novgorod|city|Russia
Chelyabinsk|city|Russia
Samara|city|Russia
Omsk|city|Russia
Rostov-on-Don|city|Russia
Rostov|city|Russia
Ufa|city|Russia
Krasnoyarsk|city|Russia
Voronezh|city|Russia
Volgograd|city|Russia
Stalingrad|city|Russia
Krasnodar|city|Russia
Saratov|city|Russia
Tyumen|city|Russia
Tolyatti|city|Russia
Togliatti|city|Russia
Izhevsk|city|Russia
Barnaul|city|Russia
Ulyanovsk|city|Russia
Irkutsk|city|Russia
Khabarovsk|city|Russia
Yaroslavl|city|Russia
Vladivostok|city|Russia
Makhachkala|city|Russia
Tomsk|city|Russia
Orenburg|city|Russia
Kemerovo|city|Russia
Novokuznetsk|city|Russia
Ryazan|city|Russia
Astrakhan|city|Russia
Penza|city|Russia
Lipetsk|city|Russia
Tula|city|Russia
Cheboksary|city|Russia
Kaliningrad|city|Russia
Kursk|city|Russia
Bryansk|city|Russia
Belgorod|city|Russia
Smolensk|city|Russia
Pskov|city|Russia
Veliky Novgorod|city|Russia
Novgorod|city|Russia
Tver|city|Russia
Kaluga|city|Russia
Ivanovo|city|Russia
Murmansk|city|Russia
Arkhangelsk|city|Russia
Archangel|city|Russia
Severodvinsk|city|Russia
Syktyvkar|city|Russia
Vorkuta|city|Russia
Norilsk|city|Russia
Yakutsk|city|Russia
Magadan|city|Russia
Petropavlovsk-Kamchatsky|city|Russia
Yuzhno-Sakhalinsk|city|Russia
Chita|city|Russia
Ulan-Ude|city|Russia
Grozny|city|Russia
Nalchik|city|Russia
Vladikavkaz|city|Russia
Beslan|city|Russia
Nazran|city|Russia
Derbent|city|Russia
Stavropol|city|Russia
Sochi|city|Russia
Novorossiysk|city|Russia
Anapa|city|Russia
Taganrog|city|Russia
Yeysk|city|Russia
Millerovo|city|Russia
Obninsk|city|Russia
Sergiev Posad|city|Russia
Zelenograd|city|Russia
Khimki|city|Russia
Podolsk|city|Russia
Balashikha|city|Russia
Krasnogorsk|city|Russia
Dubna|city|Russia
Sarov|city|Russia
Tobolsk|city|Russia
Surgut|city|Russia
Khanty-Mansiysk|city|Russia
Salekhard|city|Russia
Magnitogorsk|city|Russia
Nizhny Tagil|city|Russia
Kostroma|city|Russia
Vologda|city|Russia
Cherepovets|city|Russia
Petrozavodsk|city|Russia
Tambov|city|Russia
Oryol|city|Russia
Orel|city|Russia
Saransk|city|Russia
Yoshkar-Ola|city|Russia
Elista|city|Russia
Kyzyl|city|Russia
Abakan|city|Russia
Anadyr|city|Russia
Blagoveshchensk|city|Russia
Komsomolsk-on-Amur|city|Russia
Mozdok|city|Russia
Kronstadt|city|Russia
Vyborg|city|Russia
Peterhof|city|Russia
Sverdlovsk|city|Russia
Kuibyshev|city|Russia
Plesetsk|venue|Russia
Vostochny|venue|Russia
Baltiysk|city|Russia
Severomorsk|city|Russia
Red Square|venue|Russia
Lubyanka|venue|Russia
Crocus City Hall|venue|Russia
Bolotnaya Square|venue|Russia
Pushkin Square|venue|Russia
Sudzha|city|Russia
Shebekino|city|Russia
Valuyki|city|Russia
Glushkovo|city|Russia
Korenevo|city|Russia
# Russia: republics, krais and regions
Dagestan|region|Russia
Daghestan|region|Russia
Ingushetia|region|Russia
North Ossetia|region|Russia
North Ossetia-Alania|region|Russia
Kabardino-Balkaria|region|Russia
Karachay-Cherkessia|region|Russia
Adygea|region|Russia
Kalmykia|region|Russia
Tatarstan|region|Russia
Bashkortostan|region|Russia
Bashkiria|region|Russia
Chuvashia|region|Russia
Mari El|region|Russia
Mordovia|region|Russia
Udmurtia|region|Russia
Komi|region|Russia
Komi Republic|region|Russia
Yakutia|region|Russia
Sakha|region|Russia
Sakha Republic|region|Russia
Buryatia|region|Russia
Tuva|region|Russia
Khakassia|region|Russia
Altai Republic|region|Russia
Altai Krai|region|Russia
Krasnodar Krai|region|Russia
Stavropol Krai|region|Russia
Krasnoyarsk Krai|region|Russia
Perm Krai|region|Russia
Primorye|region|Russia
Primorsky Krai|region|Russia
Khabarovsk Krai|region|Russia
Zabaykalsky Krai|region|Russia
Moscow Oblast|region|Russia
Moscow region|region|Russia
Leningrad Oblast|region|Russia
Leningrad region|region|Russia
Kursk Oblast|region|Russia
Belgorod Oblast|region|Russia
Bryansk Oblast|region|Russia
Sverdlovsk Oblast|region|Russia
Yamalo-Nenets|region|Russia
Khanty-Mansi|region|Russia
Kuban|region|Russia
Volga region|region|Russia
Volga Federal District|region|Russia
Jewish Autonomous Oblast|region|Russia
# Caucasus: Georgia, Armenia, Azerbaijan
Tbilisi|city|Georgia
Batumi|city|Georgia
Kutaisi|city|Georgia
Rustavi|city|Georgia
Sukhumi|city|Georgia
Sukhum|city|Georgia
Tskhinvali|city|Georgia
Zugdidi|city|Georgia
Poti|city|Georgia
Adjara|region|Georgia
Ajaria|region|Georgia
Svaneti|region|Georgia
Pankisi Gorge|region|Georgia
Pankisi|region|Georgia
Kodori Gorge|region|Georgia
Yerevan|city|Armenia
Gyumri|city|Armenia
Vanadzor|city|Armenia
Goris|city|Armenia
Jermuk|city|Armenia
Syunik|region|Armenia
Zangezur|region|Armenia
Zangezur Corridor|region|
Lachin Corridor|region|Azerbaijan
Lachin|city|Azerbaijan
Baku|city|Azerbaijan
Sumgait|city|Azerbaijan
Sumqayit|city|Azerbaijan
Stepanakert|city|Azerbaijan
Khankendi|city|Azerbaijan
Shusha|city|Azerbaijan
Shushi|city|Azerbaijan
Agdam|city|Azerbaijan
Fuzuli|city|Azerbaijan
Kalbajar|city|Azerbaijan
Lankaran|city|Azerbaijan
Mingachevir|city|Azerbaijan
# Turkey
Istanbul|city|Turkey
Ankara|city|Turkey
Izmir|city|Turkey
İzmir|city|Turkey
Bursa|city|Turkey
Antalya|city|Turkey
Adana|city|Turkey
Konya|city|Turkey
Gaziantep|city|Turkey
Sanliurfa|city|Turkey
Şanlıurfa|city|Turkey
Urfa|city|Turkey
Kocaeli|city|Turkey
Izmit|city|Turkey
Mersin|city|Turkey
Diyarbakir|city|Turkey
Diyarbakır|city|Turkey
Kayseri|city|Turkey
Eskisehir|city|Turkey
Eskişehir|city|Turkey
Samsun|city|Turkey
Denizli|city|Turkey
Malatya|city|Turkey
Kahramanmaras|city|Turkey
Kahramanmaraş|city|Turkey
Erzurum|city|Turkey
Elazig|city|Turkey
Elazığ|city|Turkey
Hatay|province|Turkey
Antakya|city|Turkey
Iskenderun|city|Turkey
İskenderun|city|Turkey
Adiyaman|city|Turkey
Adıyaman|city|Turkey
Osmaniye|city|Turkey
Kilis|city|Turkey
Mardin|city|Turkey
Nusaybin|city|Turkey
Cizre|city|Turkey
Sirnak|city|Turkey
Şırnak|city|Turkey
Hakkari|city|Turkey
Trabzon|city|Turkey
Rize|city|Turkey
Bodrum|city|Turkey
Marmaris|city|Turkey
Fethiye|city|Turkey
Alanya|city|Turkey
Kusadasi|city|Turkey
Kuşadası|city|Turkey
Cesme|city|Turkey
Çeşme|city|Turkey
Dalaman|city|Turkey
Edirne|city|Turkey
Canakkale|city|Turkey
Çanakkale|city|Turkey
Ephesus|city|Turkey
Cappadocia|region|Turkey
Pamukkale|city|Turkey
Suruc|city|Turkey
Suruç|city|Turkey
Akcakale|city|Turkey
Akçakale|city|Turkey
Ceylanpinar|city|Turkey
Reyhanli|city|Turkey
Reyhanlı|city|Turkey
Tekirdag|city|Turkey
Zonguldak|city|Turkey
Sakarya|city|Turkey
Aksaray|city|Turkey
Sivas|city|Turkey
Tunceli|city|Turkey
Bingol|city|Turkey
Bitlis|city|Turkey
Kars|city|Turkey
Igdir|city|Turkey
Incirlik|venue|Turkey
Incirlik Air Base|venue|Turkey
Taksim|district|Turkey
Taksim Square|venue|Turkey
Gezi Park|venue|Turkey
Beyoglu|district|Turkey
Beyoğlu|district|Turkey
Kadikoy|district|Turkey
Kadıköy|district|Turkey
Besiktas|district|Turkey
Beşiktaş|district|Turkey
Uskudar|district|Turkey
Üsküdar|district|Turkey
Sultanahmet|district|Turkey
Galata|district|Turkey
Golden Horn|water|Turkey
Hagia Sophia|venue|Turkey
Blue Mosque|venue|Turkey
Grand Bazaar|venue|Turkey
Southeastern Anatolia|region|Turkey
Eastern Anatolia|region|Turkey
Turkish Riviera|region|Turkey
# Israel (Jerusalem is given the country Israel, which governs it; its status is disputed and East
# Jerusalem is given Palestine under the internationally recognised borders)
Jerusalem|city|Israel
West Jerusalem|city|Israel
Tel Aviv|city|Israel
Tel Aviv-Yafo|city|Israel
Jaffa|city|Israel
Haifa|city|Israel
Beersheba|city|Israel
Beer Sheva|city|Israel
Be'er Sheva|city|Israel
Ashdod|city|Israel
Ashkelon|city|Israel
Netanya|city|Israel
Herzliya|city|Israel
Rishon LeZion|city|Israel
Petah Tikva|city|Israel
Holon|city|Israel
Bat Yam|city|Israel
Ramat Gan|city|Israel
Bnei Brak|city|Israel
Rehovot|city|Israel
Eilat|city|Israel
Nazareth|city|Israel
Tiberias|city|Israel
Safed|city|Israel
Akko|city|Israel
Nahariya|city|Israel
Kiryat Shmona|city|Israel
Metula|city|Israel
Majdal Shams|city|Syria
Sderot|city|Israel
Dimona|city|Israel
Modiin|city|Israel
Modi'in|city|Israel
Ramla|city|Israel
Umm al-Fahm|city|Israel
Afula|city|Israel
Hadera|city|Israel
Caesarea|city|Israel
Ofakim|city|Israel
Netivot|city|Israel
Kfar Aza|city|Israel
Be'eri|city|Israel
Beeri|city|Israel
Nir Oz|city|Israel
Nahal Oz|city|Israel
Re'im|city|Israel
Zikim|city|Israel
Kerem Shalom|venue|Israel
Erez crossing|venue|Israel
Masada|venue|Israel
Ben Gurion Airport|venue|Israel
Mea Shearim|district|Israel
# Palestinian territories
Gaza|city|Palestine
Gaza City|city|Palestine
Khan Younis|city|Palestine
Khan Yunis|city|Palestine
Rafah|city|Palestine
Deir al-Balah|city|Palestine
Deir el-Balah|city|Palestine
Jabalia|city|Palestine
Jabaliya|city|Palestine
Beit Lahia|city|Palestine
Beit Hanoun|city|Palestine
Nuseirat|city|Palestine
Bureij|city|Palestine
Maghazi|city|Palestine
Al-Mawasi|city|Palestine
Mawasi|city|Palestine
Zeitoun|district|Palestine
Shejaiya|district|Palestine
Shujaiya|district|Palestine
Tal al-Hawa|district|Palestine
Rimal|district|Palestine
Netzarim Corridor|region|Palestine
Philadelphi Corridor|region|Palestine
Rafah crossing|venue|Palestine
Ramallah|city|Palestine
Al-Bireh|city|Palestine
Nablus|city|Palestine
Hebron|city|Palestine
Jenin|city|Palestine
Tulkarm|city|Palestine
Qalqilya|city|Palestine
Bethlehem|city|Palestine
Jericho|city|Palestine
Tubas|city|Palestine
Salfit|city|Palestine
Beit Jala|city|Palestine
Beit Sahour|city|Palestine
Balata|city|Palestine
Huwara|city|Palestine
Abu Dis|city|Palestine
Qalandia|city|Palestine
Silwan|district|Palestine
Sheikh Jarrah|district|Palestine
Shuafat|district|Palestine
Beit Hanina|district|Palestine
Jabal Mukaber|district|Palestine
Old City of Jerusalem|district|Palestine
Al-Aqsa|venue|Palestine
Al-Aqsa Mosque|venue|Palestine
Al Aqsa Mosque|venue|Palestine
Temple Mount|venue|Palestine
Haram al-Sharif|venue|Palestine
Western Wall|venue|Palestine
Wailing Wall|venue|Palestine
Dome of the Rock|venue|Palestine
Church of the Holy Sepulchre|venue|Palestine
Church of the Nativity|venue|Palestine
Cave of the Patriarchs|venue|Palestine
Maale Adumim|city|Palestine
Ma'ale Adumim|city|Palestine
Efrat|city|Palestine
Gush Etzion|region|Palestine
Kiryat Arba|city|Palestine
Beitar Illit|city|Palestine
Modiin Illit|city|Palestine
Har Homa|district|Palestine
Pisgat Zeev|district|Palestine
Gilo|district|Palestine
# Lebanon
Beirut|city|Lebanon
Tripoli|city|Lebanon
Sidon|city|Lebanon
Saida|city|Lebanon
Baalbek|city|Lebanon
Zahle|city|Lebanon
Nabatieh|city|Lebanon
Byblos|city|Lebanon
Jbeil|city|Lebanon
Jounieh|city|Lebanon
Dahiyeh|district|Lebanon
Dahieh|district|Lebanon
Bint Jbeil|city|Lebanon
Marjayoun|city|Lebanon
Khiam|city|Lebanon
Naqoura|city|Lebanon
Hermel|city|Lebanon
Arsal|city|Lebanon
Akkar|region|Lebanon
South Lebanon|region|Lebanon
Southern Lebanon|region|Lebanon
Chouf|region|Lebanon
Ain al-Hilweh|city|Lebanon
Sabra|district|Lebanon
Shatila|district|Lebanon
# Syria
Damascus|city|Syria
Aleppo|city|Syria
Homs|city|Syria
Hama|city|Syria
Latakia|city|Syria
Tartus|city|Syria
Deir ez-Zor|city|Syria
Deir el-Zour|city|Syria
Deir al-Zour|city|Syria
Deir Ezzor|city|Syria
Raqqa|city|Syria
Idlib|city|Syria
Daraa|city|Syria
Deraa|city|Syria
Hasakah|city|Syria
Hasaka|city|Syria
Qamishli|city|Syria
Kobani|city|Syria
Kobane|city|Syria
Afrin|city|Syria
Manbij|city|Syria
Palmyra|city|Syria
Douma|city|Syria
Ghouta|region|Syria
Eastern Ghouta|region|Syria
Jobar|district|Syria
Harasta|city|Syria
Quneitra|city|Syria
Suwayda|city|Syria
Sweida|city|Syria
As-Suwayda|city|Syria
Al-Bab|city|Syria
Azaz|city|Syria
Jarablus|city|Syria
Tal Abyad|city|Syria
Tell Abyad|city|Syria
Ras al-Ain|city|Syria
Khan Sheikhoun|city|Syria
Maarat al-Numan|city|Syria
Saraqeb|city|Syria
Jisr al-Shughur|city|Syria
Qusayr|city|Syria
Yarmouk|district|Syria
Baniyas|city|Syria
Jableh|city|Syria
Abu Kamal|city|Syria
Albu Kamal|city|Syria
Mayadin|city|Syria
Al-Tanf|venue|Syria
Tanf|venue|Syria
Tabqa|city|Syria
Hmeimim|venue|Syria
Khmeimim|venue|Syria
Zabadani|city|Syria
Madaya|city|Syria
Daraya|city|Syria
Baghuz|city|Syria
Al-Hol|venue|Syria
Al Hol|venue|Syria
Sednaya|venue|Syria
Saydnaya|venue|Syria
Mezzeh|district|Syria
# Iraq
Baghdad|city|Iraq
Basra|city|Iraq
Basrah|city|Iraq
Mosul|city|Iraq
Erbil|city|Iraq
Irbil|city|Iraq
Kirkuk|city|Iraq
Sulaymaniyah|city|Iraq
Suleimaniyah|city|Iraq
Sulaimaniya|city|Iraq
Najaf|city|Iraq
Karbala|city|Iraq
Kerbala|city|Iraq
Nasiriyah|city|Iraq
Nasiriya|city|Iraq
Amarah|city|Iraq
Hillah|city|Iraq
Hilla|city|Iraq
Ramadi|city|Iraq
Fallujah|city|Iraq
Falluja|city|Iraq
Tikrit|city|Iraq
Samarra|city|Iraq
Baqubah|city|Iraq
Baquba|city|Iraq
Duhok|city|Iraq
Dohuk|city|Iraq
Sinjar|city|Iraq
Tal Afar|city|Iraq
Haditha|city|Iraq
Al-Qaim|city|Iraq
Rutba|city|Iraq
Umm Qasr|city|Iraq
Diwaniyah|city|Iraq
Samawah|city|Iraq
Halabja|city|Iraq
Zakho|city|Iraq
Abu Ghraib|city|Iraq
Sadr City|district|Iraq
Green Zone|district|Iraq
Kadhimiya|district|Iraq
Adhamiya|district|Iraq
Anbar|province|Iraq
Al-Anbar|province|Iraq
Nineveh|province|Iraq
Ninevah|province|Iraq
Nineveh Plains|region|Iraq
Salahuddin|province|Iraq
Salah al-Din|province|Iraq
Diyala|province|Iraq
Babylon|city|Iraq
Wasit|province|Iraq
Maysan|province|Iraq
Dhi Qar|province|Iraq
Muthanna|province|Iraq
Qadisiyah|province|Iraq
Ain al-Asad|venue|Iraq
Al Asad Air Base|venue|Iraq
Camp Speicher|venue|Iraq
Jurf al-Sakhar|city|Iraq
Makhmour|city|Iraq
Qayyarah|city|Iraq
# Iran
Tehran|city|Iran
Teheran|city|Iran
Mashhad|city|Iran
Isfahan|city|Iran
Esfahan|city|Iran
Karaj|city|Iran
Shiraz|city|Iran
Tabriz|city|Iran
Qom|city|Iran
Ahvaz|city|Iran
Ahwaz|city|Iran
Kermanshah|city|Iran
Urmia|city|Iran
Rasht|city|Iran
Zahedan|city|Iran
Kerman|city|Iran
Yazd|city|Iran
Hamadan|city|Iran
Ardabil|city|Iran
Bandar Abbas|city|Iran
Bushehr|city|Iran
Zanjan|city|Iran
Qazvin|city|Iran
Sanandaj|city|Iran
Khorramabad|city|Iran
Gorgan|city|Iran
Natanz|venue|Iran
Fordow|venue|Iran
Fordo|venue|Iran
Parchin|venue|Iran
Chabahar|city|Iran
Abadan|city|Iran
Khorramshahr|city|Iran
Dezful|city|Iran
Saqqez|city|Iran
Mahabad|city|Iran
Piranshahr|city|Iran
Javanrud|city|Iran
Izeh|city|Iran
Khuzestan|province|Iran
Mazandaran|province|Iran
Gilan|province|Iran
Khorasan|province|Iran
Razavi Khorasan|province|Iran
Hormozgan|province|Iran
Evin|venue|Iran
Evin Prison|venue|Iran
Azadi Square|venue|Iran
# Arabian Peninsula
Riyadh|city|Saudi Arabia
Jeddah|city|Saudi Arabia
Jiddah|city|Saudi Arabia
Mecca|city|Saudi Arabia
Makkah|city|Saudi Arabia
Madinah|city|Saudi Arabia
Dammam|city|Saudi Arabia
Khobar|city|Saudi Arabia
Al Khobar|city|Saudi Arabia
Dhahran|city|Saudi Arabia
Taif|city|Saudi Arabia
Tabuk|city|Saudi Arabia
Abha|city|Saudi Arabia
Jizan|city|Saudi Arabia
Jazan|city|Saudi Arabia
Najran|city|Saudi Arabia
Buraidah|city|Saudi Arabia
Qatif|city|Saudi Arabia
Awamiya|city|Saudi Arabia
Jubail|city|Saudi Arabia
Yanbu|city|Saudi Arabia
NEOM|region|Saudi Arabia
AlUla|city|Saudi Arabia
Al-Ula|city|Saudi Arabia
Eastern Province|province|Saudi Arabia
Qassim|province|Saudi Arabia
Asir|province|Saudi Arabia
Abqaiq|city|Saudi Arabia
Khurais|city|Saudi Arabia
Ras Tanura|city|Saudi Arabia
Mount Arafat|mountain|Saudi Arabia
Muzdalifah|city|Saudi Arabia
Grand Mosque|venue|Saudi Arabia
Kaaba|venue|Saudi Arabia
Dubai|city|United Arab Emirates
Abu Dhabi|city|United Arab Emirates
Sharjah|city|United Arab Emirates
Ajman|city|United Arab Emirates
Ras al-Khaimah|city|United Arab Emirates
Ras Al Khaimah|city|United Arab Emirates
Fujairah|city|United Arab Emirates
Umm al-Quwain|city|United Arab Emirates
Al Ain|city|United Arab Emirates
Jebel Ali|city|United Arab Emirates
Palm Jumeirah|district|United Arab Emirates
Jumeirah|district|United Arab Emirates
Burj Khalifa|venue|United Arab Emirates
Doha|city|Qatar
Al Wakrah|city|Qatar
Lusail|city|Qatar
Al Rayyan|city|Qatar
Al Udeid|venue|Qatar
Al Udeid Air Base|venue|Qatar
Ras Laffan|city|Qatar
Manama|city|Bahrain
Muharraq|city|Bahrain
Riffa|city|Bahrain
Sitra|city|Bahrain
Pearl Roundabout|venue|Bahrain
Kuwait City|city|Kuwait
Jahra|city|Kuwait
Ahmadi|city|Kuwait
Camp Arifjan|venue|Kuwait
Muscat|city|Oman
Salalah|city|Oman
Sohar|city|Oman
Duqm|city|Oman
Nizwa|city|Oman
Dhofar|region|Oman
Khasab|city|Oman
Sanaa|city|Yemen
Sana'a|city|Yemen
Aden|city|Yemen
Taiz|city|Yemen
Hodeidah|city|Yemen
Hudaydah|city|Yemen
Mukalla|city|Yemen
Marib|city|Yemen
Saada|city|Yemen
Sa'ada|city|Yemen
Dhamar|city|Yemen
Hajjah|city|Yemen
Mokha|city|Yemen
Ras Isa|city|Yemen
Salif|city|Yemen
Hadramawt|region|Yemen
Hadramout|region|Yemen
Hadhramaut|region|Yemen
Shabwa|province|Yemen
Abyan|province|Yemen
Lahij|province|Yemen
Al-Mahra|province|Yemen
# Jordan
Amman|city|Jordan
Zarqa|city|Jordan
Irbid|city|Jordan
Aqaba|city|Jordan
Jerash|city|Jordan
Mafraq|city|Jordan
Zaatari|city|Jordan
Madaba|city|Jordan
Karak|city|Jordan
Wadi Rum|region|Jordan
Ma'an|city|Jordan
Rukban|venue|Syria
# Egypt
Cairo|city|Egypt
Alexandria|city|Egypt
Giza|city|Egypt
Shubra El Kheima|city|Egypt
Port Said|city|Egypt
Suez|city|Egypt
Luxor|city|Egypt
Aswan|city|Egypt
Asyut|city|Egypt
Assiut|city|Egypt
Mansoura|city|Egypt
Tanta|city|Egypt
Ismailia|city|Egypt
Faiyum|city|Egypt
Fayoum|city|Egypt
Zagazig|city|Egypt
Damietta|city|Egypt
Minya|city|Egypt
Sohag|city|Egypt
Qena|city|Egypt
Beni Suef|city|Egypt
Hurghada|city|Egypt
Sharm el-Sheikh|city|Egypt
Sharm El Sheikh|city|Egypt
Dahab|city|Egypt
El Arish|city|Egypt
Arish|city|Egypt
Sheikh Zuweid|city|Egypt
Taba|city|Egypt
Marsa Matrouh|city|Egypt
El Alamein|city|Egypt
Alamein|city|Egypt
Siwa|city|Egypt
New Administrative Capital|city|Egypt
North Sinai|province|Egypt
South Sinai|province|Egypt
Heliopolis|district|Egypt
Zamalek|district|Egypt
Maadi|district|Egypt
Nasr City|district|Egypt
Imbaba|district|Egypt
6th of October City|city|Egypt
El Gouna|city|Egypt
Marsa Alam|city|Egypt
Abu Simbel|city|Egypt
Karnak|venue|Egypt
Valley of the Kings|venue|Egypt
Saqqara|venue|Egypt
Pyramids of Giza|venue|Egypt
Great Pyramid of Giza|venue|Egypt
Tahrir Square|venue|Egypt
Rabaa|district|Egypt
Rabaa al-Adawiya Square|venue|Egypt
# Libya, Tunisia, Algeria, Morocco, Mauritania
Tripoli|city|Libya
Benghazi|city|Libya
Misrata|city|Libya
Misurata|city|Libya
Sirte|city|Libya
Derna|city|Libya
Tobruk|city|Libya
Sabha|city|Libya
Sebha|city|Libya
Zawiya|city|Libya
Zuwara|city|Libya
Ajdabiya|city|Libya
Bani Walid|city|Libya
Tarhuna|city|Libya
Gharyan|city|Libya
Ras Lanuf|city|Libya
Brega|city|Libya
Ghadames|city|Libya
Kufra|city|Libya
Zintan|city|Libya
Al-Bayda|city|Libya
Bayda|city|Libya
Tunis|city|Tunisia
Sfax|city|Tunisia
Sousse|city|Tunisia
Kairouan|city|Tunisia
Bizerte|city|Tunisia
Gabes|city|Tunisia
Gabès|city|Tunisia
Monastir|city|Tunisia
Hammamet|city|Tunisia
Nabeul|city|Tunisia
Sidi Bouzid|city|Tunisia
Kasserine|city|Tunisia
Gafsa|city|Tunisia
Tozeur|city|Tunisia
Zarzis|city|Tunisia
Ben Gardane|city|Tunisia
Tataouine|city|Tunisia
Carthage|city|Tunisia
La Marsa|city|Tunisia
Port El Kantaoui|city|Tunisia
Algiers|city|Algeria
Annaba|city|Algeria
Blida|city|Algeria
Batna|city|Algeria
Setif|city|Algeria
Sétif|city|Algeria
Tlemcen|city|Algeria
Bejaia|city|Algeria
Béjaïa|city|Algeria
Tizi Ouzou|city|Algeria
Ghardaia|city|Algeria
Tamanrasset|city|Algeria
Ouargla|city|Algeria
In Amenas|city|Algeria
Hassi Messaoud|city|Algeria
Tindouf|city|Algeria
Biskra|city|Algeria
Rabat|city|Morocco
Casablanca|city|Morocco
Marrakesh|city|Morocco
Marrakech|city|Morocco
Fes|city|Morocco
Fès|city|Morocco
Tangier|city|Morocco
Tangiers|city|Morocco
Agadir|city|Morocco
Meknes|city|Morocco
Oujda|city|Morocco
Kenitra|city|Morocco
Tetouan|city|Morocco
El Jadida|city|Morocco
Nador|city|Morocco
Essaouira|city|Morocco
Chefchaouen|city|Morocco
Ouarzazate|city|Morocco
Al Hoceima|city|Morocco
Ifrane|city|Morocco
Al Haouz|province|Morocco
Amizmiz|city|Morocco
Taroudant|city|Morocco
# Western Sahara (a non-self-governing territory, largely administered by Morocco; no country given)
Laayoune|city|
El Aaiun|city|
Dakhla|city|
Nouakchott|city|Mauritania
Nouadhibou|city|Mauritania
# Nigeria
Lagos|city|Nigeria
Abuja|city|Nigeria
Kano|city|Nigeria
Ibadan|city|Nigeria
Port Harcourt|city|Nigeria
Benin City|city|Nigeria
Kaduna|city|Nigeria
Maiduguri|city|Nigeria
Jos|city|Nigeria
Zaria|city|Nigeria
Ilorin|city|Nigeria
Enugu|city|Nigeria
Onitsha|city|Nigeria
Warri|city|Nigeria
Calabar|city|Nigeria
Uyo|city|Nigeria
Owerri|city|Nigeria
Abeokuta|city|Nigeria
Akure|city|Nigeria
Sokoto|city|Nigeria
Katsina|city|Nigeria
Yola|city|Nigeria
Bauchi|city|Nigeria
Gombe|city|Nigeria
Minna|city|Nigeria
Makurdi|city|Nigeria
Lokoja|city|Nigeria
Osogbo|city|Nigeria
Oshogbo|city|Nigeria
Ado Ekiti|city|Nigeria
Asaba|city|Nigeria
Awka|city|Nigeria
Umuahia|city|Nigeria
Yenagoa|city|Nigeria
Lafia|city|Nigeria
Jalingo|city|Nigeria
Damaturu|city|Nigeria
Dutse|city|Nigeria
Birnin Kebbi|city|Nigeria
Gusau|city|Nigeria
Chibok|city|Nigeria
Dapchi|city|Nigeria
Bama|city|Nigeria
Gwoza|city|Nigeria
Baga|city|Nigeria
Kankara|city|Nigeria
Kagara|city|Nigeria
Owo|city|Nigeria
Ikeja|district|Nigeria
Lekki|district|Nigeria
Victoria Island|district|Nigeria
Ikoyi|district|Nigeria
Apapa|district|Nigeria
Surulere|district|Nigeria
Ajegunle|district|Nigeria
Makoko|district|Nigeria
Nnewi|city|Nigeria
Ogbomosho|city|Nigeria
Ile-Ife|city|Nigeria
Ijebu Ode|city|Nigeria
Borno|state|Nigeria
Yobe|state|Nigeria
Adamawa|state|Nigeria
Zamfara|state|Nigeria
Kebbi|state|Nigeria
Niger State|state|Nigeria
Plateau State|state|Nigeria
Benue|state|Nigeria
Kogi|state|Nigeria
Kwara|state|Nigeria
Oyo|state|Nigeria
Ogun|state|Nigeria
Osun|state|Nigeria
Ondo|state|Nigeria
Ekiti|state|Nigeria
Delta State|state|Nigeria
Rivers State|state|Nigeria
Bayelsa|state|Nigeria
Akwa Ibom|state|Nigeria
Cross River|state|Nigeria
Anambra|state|Nigeria
Imo|state|Nigeria
Abia|state|Nigeria
Ebonyi|state|Nigeria
Taraba|state|Nigeria
Jigawa|state|Nigeria
Nasarawa|state|Nigeria
Federal Capital Territory|region|Nigeria
Lagos State|state|Nigeria
Kano State|state|Nigeria
Kaduna State|state|Nigeria
Middle Belt|region|Nigeria
Ogoniland|region|Nigeria
Sambisa Forest|region|Nigeria
# West and Central Africa
Accra|city|Ghana
Kumasi|city|Ghana
Takoradi|city|Ghana
Sekondi-Takoradi|city|Ghana
Cape Coast|city|Ghana
Tema|city|Ghana
Sunyani|city|Ghana
Koforidua|city|Ghana
Bolgatanga|city|Ghana
Ashanti|region|Ghana
Volta Region|region|Ghana
Abidjan|city|Ivory Coast
Yamoussoukro|city|Ivory Coast
Bouake|city|Ivory Coast
Bouaké|city|Ivory Coast
Korhogo|city|Ivory Coast
Grand-Bassam|city|Ivory Coast
Dakar|city|Senegal
Touba|city|Senegal
Thies|city|Senegal
Thiès|city|Senegal
Saint-Louis|city|Senegal
Ziguinchor|city|Senegal
Kaolack|city|Senegal
Bamako|city|Mali
Timbuktu|city|Mali
Gao|city|Mali
Kidal|city|Mali
Mopti|city|Mali
Segou|city|Mali
Ségou|city|Mali
Sikasso|city|Mali
Kayes|city|Mali
Menaka|city|Mali
Ménaka|city|Mali
Ouagadougou|city|Burkina Faso
Bobo-Dioulasso|city|Burkina Faso
Djibo|city|Burkina Faso
Koudougou|city|Burkina Faso
Niamey|city|Niger
Agadez|city|Niger
Zinder|city|Niger
Maradi|city|Niger
Tillaberi|city|Niger
Tillabéri|city|Niger
Diffa|city|Niger
Arlit|city|Niger
Tahoua|city|Niger
N'Djamena|city|Chad
Ndjamena|city|Chad
Abeche|city|Chad
Abéché|city|Chad
Moundou|city|Chad
Adre|city|Chad
Adré|city|Chad
Yaounde|city|Cameroon
Yaoundé|city|Cameroon
Douala|city|Cameroon
Bamenda|city|Cameroon
Buea|city|Cameroon
Garoua|city|Cameroon
Maroua|city|Cameroon
Bafoussam|city|Cameroon
Limbe|city|Cameroon
Kousseri|city|Cameroon
Ambazonia|region|Cameroon
Anglophone Cameroon|region|Cameroon
Conakry|city|Guinea
Kankan|city|Guinea
Nzerekore|city|Guinea
Freetown|city|Sierra Leone
Kenema|city|Sierra Leone
Makeni|city|Sierra Leone
Monrovia|city|Liberia
Banjul|city|Gambia
Serekunda|city|Gambia
Bissau|city|Guinea-Bissau
Lome|city|Togo
Lomé|city|Togo
Cotonou|city|Benin
Porto-Novo|city|Benin
Parakou|city|Benin
Libreville|city|Gabon
Port-Gentil|city|Gabon
Franceville|city|Gabon
Brazzaville|city|Republic of the Congo
Pointe-Noire|city|Republic of the Congo
Kinshasa|city|Democratic Republic of Congo
Lubumbashi|city|Democratic Republic of Congo
Mbuji-Mayi|city|Democratic Republic of Congo
Kisangani|city|Democratic Republic of Congo
Kananga|city|Democratic Republic of Congo
Goma|city|Democratic Republic of Congo
Bukavu|city|Democratic Republic of Congo
Bunia|city|Democratic Republic of Congo
Butembo|city|Democratic Republic of Congo
Uvira|city|Democratic Republic of Congo
Kolwezi|city|Democratic Republic of Congo
Likasi|city|Democratic Republic of Congo
Matadi|city|Democratic Republic of Congo
Mbandaka|city|Democratic Republic of Congo
Kindu|city|Democratic Republic of Congo
Kalemie|city|Democratic Republic of Congo
Rutshuru|city|Democratic Republic of Congo
Masisi|city|Democratic Republic of Congo
Minova|city|Democratic Republic of Congo
Walikale|city|Democratic Republic of Congo
Kamanyola|city|Democratic Republic of Congo
Bangui|city|Central African Republic
Bambari|city|Central African Republic
Bria|city|Central African Republic
Bossangoa|city|Central African Republic
Bangassou|city|Central African Republic
Malabo|city|Equatorial Guinea
Bata|city|Equatorial Guinea
# Southern Africa
Luanda|city|Angola
Huambo|city|Angola
Lobito|city|Angola
Benguela|city|Angola
Lubango|city|Angola
Lusaka|city|Zambia
Kitwe|city|Zambia
Ndola|city|Zambia
Kabwe|city|Zambia
Chipata|city|Zambia
Copperbelt|region|Zambia
Harare|city|Zimbabwe
Bulawayo|city|Zimbabwe
Chitungwiza|city|Zimbabwe
Mutare|city|Zimbabwe
Gweru|city|Zimbabwe
Kwekwe|city|Zimbabwe
Masvingo|city|Zimbabwe
Hwange|city|Zimbabwe
Kariba|city|Zimbabwe
Matabeleland|region|Zimbabwe
Mashonaland|region|Zimbabwe
Manicaland|region|Zimbabwe
Lilongwe|city|Malawi
Blantyre|city|Malawi
Mzuzu|city|Malawi
Zomba|city|Malawi
Maputo|city|Mozambique
Beira|city|Mozambique
Nampula|city|Mozambique
Quelimane|city|Mozambique
Pemba|city|Mozambique
Tete|city|Mozambique
Chimoio|city|Mozambique
Palma|city|Mozambique
Mocimboa da Praia|city|Mozambique
Cabo Delgado|province|Mozambique
Inhambane|city|Mozambique
Nacala|city|Mozambique
Xai-Xai|city|Mozambique
Gaborone|city|Botswana
Francistown|city|Botswana
Maun|city|Botswana
Windhoek|city|Namibia
Swakopmund|city|Namibia
Oshakati|city|Namibia
Luderitz|city|Namibia
Lüderitz|city|Namibia
Maseru|city|Lesotho
Mbabane|city|Eswatini
Manzini|city|Eswatini
Antananarivo|city|Madagascar
Toamasina|city|Madagascar
Antsirabe|city|Madagascar
Mahajanga|city|Madagascar
Toliara|city|Madagascar
Nosy Be|island|Madagascar
Port Louis|city|Mauritius
Moroni|city|Comoros
# East Africa and the Horn
Nairobi|city|Kenya
Mombasa|city|Kenya
Kisumu|city|Kenya
Nakuru|city|Kenya
Eldoret|city|Kenya
Malindi|city|Kenya
Garissa|city|Kenya
Wajir|city|Kenya
Mandera|city|Kenya
Marsabit|city|Kenya
Kakuma|city|Kenya
Dadaab|city|Kenya
Kibera|district|Kenya
Eastleigh|district|Kenya
Westgate|venue|Kenya
Naivasha|city|Kenya
Thika|city|Kenya
Machakos|city|Kenya
Nyeri|city|Kenya
Kericho|city|Kenya
Kisii|city|Kenya
Lodwar|city|Kenya
Turkana|region|Kenya
Mpeketoni|city|Kenya
Nanyuki|city|Kenya
Watamu|city|Kenya
Diani|city|Kenya
Dar es Salaam|city|Tanzania
Dodoma|city|Tanzania
Arusha|city|Tanzania
Mwanza|city|Tanzania
Stone Town|city|Tanzania
Moshi|city|Tanzania
Tanga|city|Tanzania
Mbeya|city|Tanzania
Morogoro|city|Tanzania
Kigoma|city|Tanzania
Bukoba|city|Tanzania
Mtwara|city|Tanzania
Ngorongoro|region|Tanzania
Kampala|city|Uganda
Entebbe|city|Uganda
Gulu|city|Uganda
Jinja|city|Uganda
Mbarara|city|Uganda
Mbale|city|Uganda
Kasese|city|Uganda
Arua|city|Uganda
Fort Portal|city|Uganda
Karamoja|region|Uganda
Bundibugyo|city|Uganda
Kigali|city|Rwanda
Butare|city|Rwanda
Huye|city|Rwanda
Gisenyi|city|Rwanda
Rubavu|city|Rwanda
Musanze|city|Rwanda
Ruhengeri|city|Rwanda
Bujumbura|city|Burundi
Gitega|city|Burundi
Addis Ababa|city|Ethiopia
Dire Dawa|city|Ethiopia
Mekelle|city|Ethiopia
Mekele|city|Ethiopia
Gondar|city|Ethiopia
Bahir Dar|city|Ethiopia
Hawassa|city|Ethiopia
Awassa|city|Ethiopia
Adama|city|Ethiopia
Jimma|city|Ethiopia
Dessie|city|Ethiopia
Harar|city|Ethiopia
Jijiga|city|Ethiopia
Axum|city|Ethiopia
Aksum|city|Ethiopia
Lalibela|city|Ethiopia
Adigrat|city|Ethiopia
Humera|city|Ethiopia
Gambella|region|Ethiopia
Tigray|region|Ethiopia
Amhara|region|Ethiopia
Oromia|region|Ethiopia
Benishangul-Gumuz|region|Ethiopia
Sidama|region|Ethiopia
Welkait|region|Ethiopia
Wollo|region|Ethiopia
Asmara|city|Eritrea
Massawa|city|Eritrea
Assab|city|Eritrea
Keren|city|Eritrea
Djibouti City|city|Djibouti
Mogadishu|city|Somalia
Hargeisa|city|Somalia
Kismayo|city|Somalia
Kismayu|city|Somalia
Baidoa|city|Somalia
Beledweyne|city|Somalia
Galkayo|city|Somalia
Bosaso|city|Somalia
Garowe|city|Somalia
Berbera|city|Somalia
Merca|city|Somalia
Marka|city|Somalia
Barawe|city|Somalia
Afgooye|city|Somalia
Jowhar|city|Somalia
Dhusamareb|city|Somalia
Burao|city|Somalia
Las Anod|city|Somalia
Hiraan|region|Somalia
Lower Shabelle|region|Somalia
Middle Shabelle|region|Somalia
Gedo|region|Somalia
Bakool|region|Somalia
Galmudug|region|Somalia
Hirshabelle|region|Somalia
# Sudan and South Sudan
Khartoum|city|Sudan
Omdurman|city|Sudan
Khartoum North|city|Sudan
Bahri|city|Sudan
Port Sudan|city|Sudan
Kassala|city|Sudan
El Obeid|city|Sudan
Nyala|city|Sudan
El Fasher|city|Sudan
Al-Fashir|city|Sudan
El-Fasher|city|Sudan
El Geneina|city|Sudan
Geneina|city|Sudan
Kadugli|city|Sudan
Wad Madani|city|Sudan
Gedaref|city|Sudan
Kosti|city|Sudan
Dongola|city|Sudan
Zalingei|city|Sudan
Zamzam|venue|Sudan
Gezira|state|Sudan
Al Jazirah|state|Sudan
Abyei|region|Sudan
Blue Nile State|state|Sudan
White Nile State|state|Sudan
Sennar|state|Sudan
Jebel Marra|mountain|Sudan
Juba|city|South Sudan
Malakal|city|South Sudan
Wau|city|South Sudan
Bentiu|city|South Sudan
Yei|city|South Sudan
Rumbek|city|South Sudan
Aweil|city|South Sudan
Torit|city|South Sudan
Renk|city|South Sudan
Upper Nile|state|South Sudan
Jonglei|state|South Sudan
Unity State|state|South Sudan
Equatoria|region|South Sudan
Western Equatoria|state|South Sudan
Bahr el Ghazal|region|South Sudan
# Afghanistan
Kabul|city|Afghanistan
Kandahar|city|Afghanistan
Herat|city|Afghanistan
Mazar-i-Sharif|city|Afghanistan
Mazar-e-Sharif|city|Afghanistan
Mazar-e Sharif|city|Afghanistan
Jalalabad|city|Afghanistan
Kunduz|city|Afghanistan
Lashkar Gah|city|Afghanistan
Lashkar Gar|city|Afghanistan
Ghazni|city|Afghanistan
Khost|city|Afghanistan
Gardez|city|Afghanistan
Bamiyan|city|Afghanistan
Bamyan|city|Afghanistan
Faizabad|city|Afghanistan
Pul-e-Khumri|city|Afghanistan
Taloqan|city|Afghanistan
Sheberghan|city|Afghanistan
Maimana|city|Afghanistan
Zaranj|city|Afghanistan
Tarin Kot|city|Afghanistan
Tarin Kowt|city|Afghanistan
Qalat|city|Afghanistan
Chaghcharan|city|Afghanistan
Asadabad|city|Afghanistan
Sangin|city|Afghanistan
Marjah|city|Afghanistan
Marja|city|Afghanistan
Musa Qala|city|Afghanistan
Nad Ali|city|Afghanistan
Nad-e Ali|city|Afghanistan
Kajaki|city|Afghanistan
Gereshk|city|Afghanistan
Spin Boldak|city|Afghanistan
Torkham|city|Afghanistan
Bagram|venue|Afghanistan
Bagram Air Base|venue|Afghanistan
Bagram Airfield|venue|Afghanistan
Camp Bastion|venue|Afghanistan
Helmand|province|Afghanistan
Nangarhar|province|Afghanistan
Kunar|province|Afghanistan
Nuristan|province|Afghanistan
Paktia|province|Afghanistan
Paktika|province|Afghanistan
Logar|province|Afghanistan
Wardak|province|Afghanistan
Uruzgan|province|Afghanistan
Oruzgan|province|Afghanistan
Zabul|province|Afghanistan
Nimroz|province|Afghanistan
Badghis|province|Afghanistan
Faryab|province|Afghanistan
Jowzjan|province|Afghanistan
Balkh|province|Afghanistan
Samangan|province|Afghanistan
Baghlan|province|Afghanistan
Takhar|province|Afghanistan
Badakhshan|province|Afghanistan
Parwan|province|Afghanistan
Kapisa|province|Afghanistan
Laghman|province|Afghanistan
Daikundi|province|Afghanistan
Ghor|province|Afghanistan
Sar-e Pol|province|Afghanistan
# Pakistan
Karachi|city|Pakistan
Lahore|city|Pakistan
Islamabad|city|Pakistan
Rawalpindi|city|Pakistan
Faisalabad|city|Pakistan
Multan|city|Pakistan
Peshawar|city|Pakistan
Quetta|city|Pakistan
Hyderabad|city|Pakistan
Gujranwala|city|Pakistan
Sialkot|city|Pakistan
Sargodha|city|Pakistan
Bahawalpur|city|Pakistan
Sukkur|city|Pakistan
Larkana|city|Pakistan
Abbottabad|city|Pakistan
Mardan|city|Pakistan
Mingora|city|Pakistan
Gilgit|city|Pakistan
Skardu|city|Pakistan
Muzaffarabad|city|Pakistan
Mirpur|city|Pakistan
Gwadar|city|Pakistan
Turbat|city|Pakistan
Chaman|city|Pakistan
Zhob|city|Pakistan
Dera Ismail Khan|city|Pakistan
Dera Ghazi Khan|city|Pakistan
Bannu|city|Pakistan
Kohat|city|Pakistan
Parachinar|city|Pakistan
Miranshah|city|Pakistan
Miran Shah|city|Pakistan
Wana|city|Pakistan
Khyber|district|Pakistan
Bajaur|district|Pakistan
Mohmand|district|Pakistan
Orakzai|district|Pakistan
Kurram|district|Pakistan
Tirah|region|Pakistan
Landi Kotal|city|Pakistan
Charsadda|city|Pakistan
Nowshera|city|Pakistan
Gujrat|city|Pakistan
Sahiwal|city|Pakistan
Jhang|city|Pakistan
Okara|city|Pakistan
Kasur|city|Pakistan
Sheikhupura|city|Pakistan
Rahim Yar Khan|city|Pakistan
Nawabshah|city|Pakistan
Mirpur Khas|city|Pakistan
Thatta|city|Pakistan
Jacobabad|city|Pakistan
Khuzdar|city|Pakistan
Mastung|city|Pakistan
Sibi|city|Pakistan
Chitral|city|Pakistan
Murree|city|Pakistan
Sindh|province|Pakistan
Khyber Pakhtunkhwa|province|Pakistan
Khyber-Pakhtunkhwa|province|Pakistan
North-West Frontier Province|province|Pakistan
North West Frontier Province|province|Pakistan
NWFP|province|Pakistan
Gilgit-Baltistan|region|Pakistan
Islamabad Capital Territory|region|Pakistan
Tharparkar|district|Pakistan
Lyari|district|Pakistan
# India: states and union territories
Andhra Pradesh|state|India
Arunachal Pradesh|state|India
Assam|state|India
Bihar|state|India
Chhattisgarh|state|India
Goa|state|India
Gujarat|state|India
Haryana|state|India
Himachal Pradesh|state|India
Jharkhand|state|India
Karnataka|state|India
Kerala|state|India
Madhya Pradesh|state|India
Maharashtra|state|India
Manipur|state|India
Meghalaya|state|India
Mizoram|state|India
Nagaland|state|India
Odisha|state|India
Orissa|state|India
Rajasthan|state|India
Sikkim|state|India
Tamil Nadu|state|India
Telangana|state|India
Tripura|state|India
Uttar Pradesh|state|India
Uttarakhand|state|India
Uttaranchal|state|India
West Bengal|state|India
Ladakh|region|India
Jammu|city|India
Chandigarh|city|India
Puducherry|city|India
Pondicherry|city|India
Northeast India|region|India
North-East India|region|India
Konkan|region|India
Malabar|region|India
Marathwada|region|India
Vidarbha|region|India
Bundelkhand|region|India
Saurashtra|region|India
Kutch|region|India
Kachchh|region|India
Bastar|region|India
Dantewada|district|India
Sukma|district|India
Darjeeling|city|India
Siliguri|city|India
# India: cities
Delhi|city|India
New Delhi|city|India
Mumbai|city|India
Bombay|city|India
Kolkata|city|India
Calcutta|city|India
Chennai|city|India
Madras|city|India
Bangalore|city|India
Bengaluru|city|India
Hyderabad|city|India
Secunderabad|city|India
Ahmedabad|city|India
Pune|city|India
Poona|city|India
Surat|city|India
Jaipur|city|India
Lucknow|city|India
Kanpur|city|India
Nagpur|city|India
Indore|city|India
Thane|city|India
Bhopal|city|India
Visakhapatnam|city|India
Vizag|city|India
Patna|city|India
Vadodara|city|India
Baroda|city|India
Ghaziabad|city|India
Ludhiana|city|India
Agra|city|India
Nashik|city|India
Faridabad|city|India
Meerut|city|India
Rajkot|city|India
Varanasi|city|India
Benares|city|India
Srinagar|city|India
Aurangabad|city|India
Dhanbad|city|India
Amritsar|city|India
Navi Mumbai|city|India
Allahabad|city|India
Prayagraj|city|India
Ranchi|city|India
Howrah|city|India
Coimbatore|city|India
Jabalpur|city|India
Gwalior|city|India
Vijayawada|city|India
Jodhpur|city|India
Madurai|city|India
Raipur|city|India
Guwahati|city|India
Gauhati|city|India
Solapur|city|India
Mysore|city|India
Mysuru|city|India
Tiruchirappalli|city|India
Trichy|city|India
Bareilly|city|India
Aligarh|city|India
Gurgaon|city|India
Gurugram|city|India
Noida|city|India
Greater Noida|city|India
Jalandhar|city|India
Bhubaneswar|city|India
Cuttack|city|India
Thiruvananthapuram|city|India
Trivandrum|city|India
Kochi|city|India
Cochin|city|India
Kozhikode|city|India
Calicut|city|India
Mangalore|city|India
Mangaluru|city|India
Udaipur|city|India
Ajmer|city|India
Pushkar|city|India
Bikaner|city|India
Jaisalmer|city|India
Dehradun|city|India
Haridwar|city|India
Rishikesh|city|India
Shimla|city|India
Simla|city|India
Manali|city|India
Dharamsala|city|India
Dharamshala|city|India
McLeod Ganj|city|India
Leh|city|India
Kargil|city|India
Anantnag|city|India
Baramulla|city|India
Kupwara|city|India
Pulwama|city|India
Shopian|city|India
Sopore|city|India
Pahalgam|city|India
Gulmarg|city|India
Poonch|city|India
Rajouri|city|India
Kathua|city|India
Pathankot|city|India
Ayodhya|city|India
Mathura|city|India
Vrindavan|city|India
Gorakhpur|city|India
Hathras|city|India
Unnao|city|India
Moradabad|city|India
Muzaffarnagar|city|India
Saharanpur|city|India
Jhansi|city|India
Bodh Gaya|city|India
Muzaffarpur|city|India
Bhagalpur|city|India
Darbhanga|city|India
Jamshedpur|city|India
Bokaro|city|India
Imphal|city|India
Shillong|city|India
Aizawl|city|India
Kohima|city|India
Agartala|city|India
Itanagar|city|India
Gangtok|city|India
Dibrugarh|city|India
Silchar|city|India
Tezpur|city|India
Panaji|city|India
Margao|city|India
Hubli|city|India
Belgaum|city|India
Belagavi|city|India
Dharwad|city|India
Tirupati|city|India
Nellore|city|India
Guntur|city|India
Warangal|city|India
Vellore|city|India
Tirunelveli|city|India
Thanjavur|city|India
Kanchipuram|city|India
Rameswaram|city|India
Kanyakumari|city|India
Ooty|city|India
Kodaikanal|city|India
Munnar|city|India
Alappuzha|city|India
Alleppey|city|India
Thrissur|city|India
Kollam|city|India
Kannur|city|India
Wayanad|district|India
Sabarimala|venue|India
Hampi|city|India
Bhuj|city|India
Godhra|city|India
Gandhinagar|city|India
Jamnagar|city|India
Bhavnagar|city|India
Porbandar|city|India
Dwarka|city|India
Somnath|city|India
Junagadh|city|India
Bharuch|city|India
Morbi|city|India
Kolhapur|city|India
Sangli|city|India
Satara|city|India
Ratnagiri|city|India
Shirdi|city|India
Malegaon|city|India
Bhiwandi|city|India
Kalyan|city|India
Ulhasnagar|city|India
Lonavala|city|India
Mahabaleshwar|city|India
Bhima Koregaon|city|India
Amravati|city|India
Amaravati|city|India
Akola|city|India
Chandrapur|city|India
Gadchiroli|city|India
Nanded|city|India
Latur|city|India
Jalgaon|city|India
Sholapur|city|India
Dharavi|district|India
Bandra|district|India
Colaba|district|India
Juhu|district|India
Andheri|district|India
Worli|district|India
Malabar Hill|district|India
Dadar|district|India
Kurla|district|India
Chembur|district|India
Powai|district|India
Nariman Point|district|India
Old Delhi|district|India
Connaught Place|district|India
Chandni Chowk|district|India
Shaheen Bagh|district|India
Jahangirpuri|district|India
Lutyens' Delhi|district|India
Jantar Mantar|venue|India
India Gate|venue|India
Red Fort|venue|India
Taj Mahal|venue|India
Golden Temple|venue|India
Gateway of India|venue|India
Babri Masjid|venue|India
Kedarnath|city|India
Badrinath|city|India
Joshimath|city|India
Amarnath|venue|India
Galwan Valley|region|India
Galwan|region|India
Doklam|region|
Tawang|city|India
Pangong Tso|water|
Pangong Lake|water|
Siachen|region|
Siachen Glacier|region|
Line of Control|region|
# Bangladesh, Nepal, Bhutan, Sri Lanka, Maldives
Dhaka|city|Bangladesh
Dacca|city|Bangladesh
Chittagong|city|Bangladesh
Chattogram|city|Bangladesh
Khulna|city|Bangladesh
Rajshahi|city|Bangladesh
Sylhet|city|Bangladesh
Barisal|city|Bangladesh
Rangpur|city|Bangladesh
Mymensingh|city|Bangladesh
Comilla|city|Bangladesh
Cumilla|city|Bangladesh
Narayanganj|city|Bangladesh
Gazipur|city|Bangladesh
Cox's Bazar|city|Bangladesh
Cox's Bazaar|city|Bangladesh
Teknaf|city|Bangladesh
Bogra|city|Bangladesh
Jessore|city|Bangladesh
Savar|city|Bangladesh
Kutupalong|city|Bangladesh
Bhasan Char|island|Bangladesh
Chittagong Hill Tracts|region|Bangladesh
Rana Plaza|venue|Bangladesh
Kathmandu|city|Nepal
Pokhara|city|Nepal
Lalitpur|city|Nepal
Patan|city|Nepal
Bhaktapur|city|Nepal
Biratnagar|city|Nepal
Birgunj|city|Nepal
Lumbini|city|Nepal
Gorkha|city|Nepal
Chitwan|region|Nepal
Namche Bazaar|city|Nepal
Lukla|city|Nepal
Everest Base Camp|venue|Nepal
Janakpur|city|Nepal
Nepalgunj|city|Nepal
Thimphu|city|Bhutan
Paro|city|Bhutan
Colombo|city|Sri Lanka
Kandy|city|Sri Lanka
Galle|city|Sri Lanka
Jaffna|city|Sri Lanka
Trincomalee|city|Sri Lanka
Batticaloa|city|Sri Lanka
Negombo|city|Sri Lanka
Anuradhapura|city|Sri Lanka
Kilinochchi|city|Sri Lanka
Mullaitivu|city|Sri Lanka
Vavuniya|city|Sri Lanka
Hambantota|city|Sri Lanka
Matara|city|Sri Lanka
Kurunegala|city|Sri Lanka
Nuwara Eliya|city|Sri Lanka
Sri Jayawardenepura Kotte|city|Sri Lanka
Kotte|city|Sri Lanka
Malé|city|Maldives
Addu City|city|Maldives
# Central Asia
Astana|city|Kazakhstan
Nur-Sultan|city|Kazakhstan
Almaty|city|Kazakhstan
Alma-Ata|city|Kazakhstan
Shymkent|city|Kazakhstan
Karaganda|city|Kazakhstan
Aktobe|city|Kazakhstan
Taraz|city|Kazakhstan
Pavlodar|city|Kazakhstan
Oskemen|city|Kazakhstan
Ust-Kamenogorsk|city|Kazakhstan
Semey|city|Kazakhstan
Semipalatinsk|city|Kazakhstan
Atyrau|city|Kazakhstan
Aktau|city|Kazakhstan
Kostanay|city|Kazakhstan
Kyzylorda|city|Kazakhstan
Baikonur|venue|Kazakhstan
Baikonur Cosmodrome|venue|Kazakhstan
Zhanaozen|city|Kazakhstan
Petropavl|city|Kazakhstan
Tashkent|city|Uzbekistan
Samarkand|city|Uzbekistan
Bukhara|city|Uzbekistan
Khiva|city|Uzbekistan
Namangan|city|Uzbekistan
Andijan|city|Uzbekistan
Fergana|city|Uzbekistan
Nukus|city|Uzbekistan
Karakalpakstan|region|Uzbekistan
Termez|city|Uzbekistan
Navoi|city|Uzbekistan
Karshi|city|Uzbekistan
Qarshi|city|Uzbekistan
Bishkek|city|Kyrgyzstan
Jalal-Abad|city|Kyrgyzstan
Batken|city|Kyrgyzstan
Karakol|city|Kyrgyzstan
Dushanbe|city|Tajikistan
Khujand|city|Tajikistan
Kulob|city|Tajikistan
Khorog|city|Tajikistan
Gorno-Badakhshan|region|Tajikistan
Bokhtar|city|Tajikistan
Ashgabat|city|Turkmenistan
Ashkhabad|city|Turkmenistan
Turkmenabat|city|Turkmenistan
Dashoguz|city|Turkmenistan
Turkmenbashi|city|Turkmenistan
Balkanabat|city|Turkmenistan
Darvaza|city|Turkmenistan
# China: provinces, autonomous regions and municipalities
Anhui|province|China
Fujian|province|China
Gansu|province|China
Guangdong|province|China
Guangxi|province|China
Guizhou|province|China
Hebei|province|China
Heilongjiang|province|China
Henan|province|China
Hubei|province|China
Hunan|province|China
Jiangsu|province|China
Jiangxi|province|China
Jilin|province|China
Liaoning|province|China
Qinghai|province|China
Shaanxi|province|China
Shandong|province|China
Shanxi|province|China
Sichuan|province|China
Szechuan|province|China
Yunnan|province|China
Zhejiang|province|China
Ningxia|province|China
Greater Bay Area|region|China
# China: cities and districts
Beijing|city|China
Shanghai|city|China
Guangzhou|city|China
Shenzhen|city|China
Tianjin|city|China
Chongqing|city|China
Chengdu|city|China
Wuhan|city|China
Xi'an|city|China
Xian|city|China
Hangzhou|city|China
Nanjing|city|China
Shenyang|city|China
Harbin|city|China
Dalian|city|China
Qingdao|city|China
Jinan|city|China
Zhengzhou|city|China
Changsha|city|China
Kunming|city|China
Fuzhou|city|China
Xiamen|city|China
Hefei|city|China
Nanchang|city|China
Nanning|city|China
Guiyang|city|China
Shijiazhuang|city|China
Taiyuan|city|China
Lanzhou|city|China
Xining|city|China
Yinchuan|city|China
Hohhot|city|China
Baotou|city|China
Urumqi|city|China
Ürümqi|city|China
Kashgar|city|China
Kashi|city|China
Hotan|city|China
Yining|city|China
Ghulja|city|China
Lhasa|city|China
Shigatse|city|China
Dongguan|city|China
Foshan|city|China
Zhuhai|city|China
Shantou|city|China
Suzhou|city|China
Wuxi|city|China
Ningbo|city|China
Wenzhou|city|China
Yiwu|city|China
Changzhou|city|China
Nantong|city|China
Xuzhou|city|China
Yangzhou|city|China
Tangshan|city|China
Baoding|city|China
Handan|city|China
Luoyang|city|China
Kaifeng|city|China
Datong|city|China
Anshan|city|China
Fushun|city|China
Dandong|city|China
Changchun|city|China
Daqing|city|China
Qiqihar|city|China
Mudanjiang|city|China
Yanji|city|China
Weihai|city|China
Yantai|city|China
Zibo|city|China
Linyi|city|China
Weifang|city|China
Yichang|city|China
Xiangyang|city|China
Zhuzhou|city|China
Yueyang|city|China
Guilin|city|China
Liuzhou|city|China
Beihai|city|China
Haikou|city|China
Sanya|city|China
Zhanjiang|city|China
Shaoguan|city|China
Jiangmen|city|China
Huizhou|city|China
Quanzhou|city|China
Putian|city|China
Zhangzhou|city|China
Mianyang|city|China
Leshan|city|China
Yibin|city|China
Zigong|city|China
Luzhou|city|China
Ya'an|city|China
Wenchuan|city|China
Jiuzhaigou|city|China
Lijiang|city|China
Xishuangbanna|region|China
Ruili|city|China
Shangri-La|city|China
Zhangjiajie|city|China
Jingdezhen|city|China
Shaoxing|city|China
Jiaxing|city|China
Huzhou|city|China
Jinhua|city|China
Xiong'an|city|China
Xiongan|city|China
Pudong|district|China
Lujiazui|district|China
Tiananmen Square|venue|China
Tiananmen|venue|China
Forbidden City|venue|China
Great Wall|venue|China
Great Wall of China|venue|China
Macau|city|China
Macao|city|China
Kowloon|district|Hong Kong
New Territories|region|Hong Kong
Wan Chai|district|Hong Kong
Mong Kok|district|Hong Kong
Mongkok|district|Hong Kong
Tsim Sha Tsui|district|Hong Kong
Causeway Bay|district|Hong Kong
Yuen Long|district|Hong Kong
Sha Tin|district|Hong Kong
Tuen Mun|district|Hong Kong
Sham Shui Po|district|Hong Kong
Victoria Harbour|water|Hong Kong
# Taiwan
Taipei|city|Taiwan
New Taipei|city|Taiwan
New Taipei City|city|Taiwan
Kaohsiung|city|Taiwan
Taichung|city|Taiwan
Tainan|city|Taiwan
Taoyuan|city|Taiwan
Hsinchu|city|Taiwan
Keelung|city|Taiwan
Chiayi|city|Taiwan
Hualien|city|Taiwan
Taitung|city|Taiwan
Yilan|city|Taiwan
Pingtung|city|Taiwan
# Mongolia and Korea
Ulaanbaatar|city|Mongolia
Ulan Bator|city|Mongolia
Erdenet|city|Mongolia
Darkhan|city|Mongolia
Pyongyang|city|North Korea
Nampo|city|North Korea
Hamhung|city|North Korea
Chongjin|city|North Korea
Sinuiju|city|North Korea
Kaesong|city|North Korea
Wonsan|city|North Korea
Rason|city|North Korea
Yongbyon|venue|North Korea
Punggye-ri|venue|North Korea
Sohae|venue|North Korea
Panmunjom|venue|
Demilitarized Zone|region|
Demilitarised Zone|region|
DMZ|region|
Seoul|city|South Korea
Busan|city|South Korea
Pusan|city|South Korea
Incheon|city|South Korea
Inchon|city|South Korea
Daegu|city|South Korea
Daejeon|city|South Korea
Gwangju|city|South Korea
Ulsan|city|South Korea
Suwon|city|South Korea
Changwon|city|South Korea
Goyang|city|South Korea
Seongnam|city|South Korea
Yongin|city|South Korea
Jeonju|city|South Korea
Cheongju|city|South Korea
Pohang|city|South Korea
Gyeongju|city|South Korea
Pyeongchang|city|South Korea
Gangneung|city|South Korea
Sejong|city|South Korea
Muan|city|South Korea
Osan|city|South Korea
Pyeongtaek|city|South Korea
Seongju|city|South Korea
Gangnam|district|South Korea
Itaewon|district|South Korea
Myeongdong|district|South Korea
Yeouido|district|South Korea
Gyeonggi|province|South Korea
Gyeonggi Province|province|South Korea
Gangwon|province|South Korea
Jeolla|province|South Korea
South Jeolla|province|South Korea
North Jeolla|province|South Korea
Gyeongsang|province|South Korea
North Gyeongsang|province|South Korea
South Gyeongsang|province|South Korea
Chungcheong|province|South Korea
# Japan
Tokyo|city|Japan
Yokohama|city|Japan
Osaka|city|Japan
Nagoya|city|Japan
Sapporo|city|Japan
Kyoto|city|Japan
Fukuoka|city|Japan
Saitama|city|Japan
Hiroshima|city|Japan
Sendai|city|Japan
Kitakyushu|city|Japan
Chiba|city|Japan
Sakai|city|Japan
Niigata|city|Japan
Hamamatsu|city|Japan
Kumamoto|city|Japan
Okayama|city|Japan
Shizuoka|city|Japan
Kagoshima|city|Japan
Nagasaki|city|Japan
Naha|city|Japan
Kanazawa|city|Japan
Matsuyama|city|Japan
Utsunomiya|city|Japan
Takamatsu|city|Japan
Toyama|city|Japan
Nagano|city|Japan
Gifu|city|Japan
Wakayama|city|Japan
Otsu|city|Japan
Aomori|city|Japan
Akita|city|Japan
Morioka|city|Japan
Yamagata|city|Japan
Fukushima|city|Japan
Fukui|city|Japan
Tottori|city|Japan
Matsue|city|Japan
Yamaguchi|city|Japan
Tokushima|city|Japan
Oita|city|Japan
Miyazaki|city|Japan
Maebashi|city|Japan
Mito|city|Japan
Kofu|city|Japan
Hakodate|city|Japan
Asahikawa|city|Japan
Kushiro|city|Japan
Nikko|city|Japan
Kamakura|city|Japan
Hakone|city|Japan
Yokosuka|city|Japan
Sasebo|city|Japan
Iwakuni|city|Japan
Misawa|city|Japan
Atsugi|city|Japan
Futenma|venue|Japan
Kadena|venue|Japan
Kadena Air Base|venue|Japan
Nago|city|Japan
Henoko|city|Japan
Ishinomaki|city|Japan
Kesennuma|city|Japan
Rikuzentakata|city|Japan
Minamisoma|city|Japan
Okuma|city|Japan
Futaba|city|Japan
Fukushima Daiichi|venue|Japan
Kashiwazaki|city|Japan
Kashiwazaki-Kariwa|venue|Japan
Wajima|city|Japan
Noto Peninsula|region|Japan
Shinjuku|district|Japan
Shibuya|district|Japan
Ginza|district|Japan
Akihabara|district|Japan
Roppongi|district|Japan
Harajuku|district|Japan
Asakusa|district|Japan
Ikebukuro|district|Japan
Odaiba|district|Japan
Marunouchi|district|Japan
Shinagawa|district|Japan
Ueno|district|Japan
Yasukuni Shrine|venue|Japan
Kanto|region|Japan
Kansai|region|Japan
Tohoku|region|Japan
Hokuriku|region|Japan
Chubu|region|Japan
Chugoku|region|Japan
# Vietnam, Thailand, Cambodia, Laos
Hanoi|city|Vietnam
Ho Chi Minh City|city|Vietnam
Saigon|city|Vietnam
Haiphong|city|Vietnam
Hai Phong|city|Vietnam
Da Nang|city|Vietnam
Danang|city|Vietnam
Huế|city|Vietnam
Nha Trang|city|Vietnam
Can Tho|city|Vietnam
Vung Tau|city|Vietnam
Bien Hoa|city|Vietnam
Dalat|city|Vietnam
Da Lat|city|Vietnam
Hoi An|city|Vietnam
Ha Long|city|Vietnam
Dien Bien Phu|city|Vietnam
My Lai|city|Vietnam
Khe Sanh|city|Vietnam
Sapa|city|Vietnam
Vinh|city|Vietnam
Quang Ninh|province|Vietnam
Binh Duong|province|Vietnam
Dong Nai|province|Vietnam
Thanh Hoa|province|Vietnam
Nghe An|province|Vietnam
Ha Tinh|province|Vietnam
Quang Tri|province|Vietnam
Quang Nam|province|Vietnam
Central Highlands|region|Vietnam
Bangkok|city|Thailand
Chiang Mai|city|Thailand
Chiang Rai|city|Thailand
Pattaya|city|Thailand
Hat Yai|city|Thailand
Songkhla|city|Thailand
Pattani|city|Thailand
Yala|city|Thailand
Narathiwat|city|Thailand
Khon Kaen|city|Thailand
Udon Thani|city|Thailand
Nakhon Ratchasima|city|Thailand
Korat|city|Thailand
Ayutthaya|city|Thailand
Sukhothai|city|Thailand
Hua Hin|city|Thailand
Krabi|city|Thailand
Surat Thani|city|Thailand
Kanchanaburi|city|Thailand
Mae Sot|city|Thailand
Mae Sai|city|Thailand
Nong Khai|city|Thailand
Ubon Ratchathani|city|Thailand
Nakhon Si Thammarat|city|Thailand
Rayong|city|Thailand
Chonburi|city|Thailand
Sattahip|city|Thailand
U-Tapao|venue|Thailand
Nonthaburi|city|Thailand
Samut Prakan|city|Thailand
Lopburi|city|Thailand
Nong Bua Lamphu|city|Thailand
Tham Luang|venue|Thailand
Sukhumvit|district|Thailand
Silom|district|Thailand
Khao San Road|venue|Thailand
Khaosan Road|venue|Thailand
Ratchaprasong|district|Thailand
Isan|region|Thailand
Phnom Penh|city|Cambodia
Siem Reap|city|Cambodia
Angkor Wat|venue|Cambodia
Angkor|venue|Cambodia
Battambang|city|Cambodia
Sihanoukville|city|Cambodia
Kampot|city|Cambodia
Poipet|city|Cambodia
Koh Kong|city|Cambodia
Vientiane|city|Laos
Luang Prabang|city|Laos
Savannakhet|city|Laos
Pakse|city|Laos
Vang Vieng|city|Laos
# Myanmar
Yangon|city|Myanmar
Rangoon|city|Myanmar
Mandalay|city|Myanmar
Naypyidaw|city|Myanmar
Naypyitaw|city|Myanmar
Nay Pyi Taw|city|Myanmar
Bago|city|Myanmar
Mawlamyine|city|Myanmar
Moulmein|city|Myanmar
Sittwe|city|Myanmar
Myitkyina|city|Myanmar
Lashio|city|Myanmar
Taunggyi|city|Myanmar
Pathein|city|Myanmar
Magway|city|Myanmar
Monywa|city|Myanmar
Sagaing|city|Myanmar
Hpa-an|city|Myanmar
Dawei|city|Myanmar
Bagan|city|Myanmar
Inle Lake|water|Myanmar
Myawaddy|city|Myanmar
Tachileik|city|Myanmar
Laukkaing|city|Myanmar
Kyaukphyu|city|Myanmar
Maungdaw|city|Myanmar
Buthidaung|city|Myanmar
Rakhine|state|Myanmar
Rakhine State|state|Myanmar
Arakan|state|Myanmar
Shan State|state|Myanmar
Kachin State|state|Myanmar
Kachin|state|Myanmar
Karen State|state|Myanmar
Kayin State|state|Myanmar
Kayah State|state|Myanmar
Karenni|state|Myanmar
Chin State|state|Myanmar
Mon State|state|Myanmar
Wa State|region|Myanmar
Kokang|region|Myanmar
Shwedagon Pagoda|venue|Myanmar
# Malaysia, Singapore, Brunei
Kuala Lumpur|city|Malaysia
Putrajaya|city|Malaysia
George Town|city|Malaysia
Ipoh|city|Malaysia
Johor Bahru|city|Malaysia
Johor|state|Malaysia
Malacca|state|Malaysia
Melaka|state|Malaysia
Kota Kinabalu|city|Malaysia
Kuching|city|Malaysia
Shah Alam|city|Malaysia
Petaling Jaya|city|Malaysia
Klang|city|Malaysia
Seremban|city|Malaysia
Kuantan|city|Malaysia
Kota Bharu|city|Malaysia
Alor Setar|city|Malaysia
Kuala Terengganu|city|Malaysia
Miri|city|Malaysia
Sandakan|city|Malaysia
Tawau|city|Malaysia
Lahad Datu|city|Malaysia
Selangor|state|Malaysia
Perak|state|Malaysia
Kedah|state|Malaysia
Kelantan|state|Malaysia
Terengganu|state|Malaysia
Pahang|state|Malaysia
Negeri Sembilan|state|Malaysia
Perlis|state|Malaysia
Genting Highlands|region|Malaysia
Cameron Highlands|region|Malaysia
Marina Bay|district|Singapore
Orchard Road|venue|Singapore
Jurong|district|Singapore
Tampines|district|Singapore
Geylang|district|Singapore
Bukit Timah|district|Singapore
Bandar Seri Begawan|city|Brunei
# Indonesia
Jakarta|city|Indonesia
Surabaya|city|Indonesia
Bandung|city|Indonesia
Medan|city|Indonesia
Semarang|city|Indonesia
Makassar|city|Indonesia
Palembang|city|Indonesia
Depok|city|Indonesia
Tangerang|city|Indonesia
Bekasi|city|Indonesia
Bogor|city|Indonesia
Pekanbaru|city|Indonesia
Padang|city|Indonesia
Malang|city|Indonesia
Denpasar|city|Indonesia
Yogyakarta|city|Indonesia
Jogjakarta|city|Indonesia
Surakarta|city|Indonesia
Balikpapan|city|Indonesia
Samarinda|city|Indonesia
Banjarmasin|city|Indonesia
Pontianak|city|Indonesia
Manado|city|Indonesia
Kupang|city|Indonesia
Mataram|city|Indonesia
Ambon|city|Indonesia
Jayapura|city|Indonesia
Sorong|city|Indonesia
Timika|city|Indonesia
Wamena|city|Indonesia
Banda Aceh|city|Indonesia
Lhokseumawe|city|Indonesia
Palu|city|Indonesia
Kendari|city|Indonesia
Ternate|city|Indonesia
Bukittinggi|city|Indonesia
Jambi|city|Indonesia
Bengkulu|city|Indonesia
Cirebon|city|Indonesia
Tasikmalaya|city|Indonesia
Cianjur|city|Indonesia
Garut|city|Indonesia
Sukabumi|city|Indonesia
Serang|city|Indonesia
Kuta|city|Indonesia
Ubud|city|Indonesia
Seminyak|city|Indonesia
Nusa Dua|city|Indonesia
Sanur|city|Indonesia
Labuan Bajo|city|Indonesia
Nusantara|city|Indonesia
Poso|city|Indonesia
Central Java|province|Indonesia
East Java|province|Indonesia
West Java|province|Indonesia
Banten|province|Indonesia
North Sumatra|province|Indonesia
West Sumatra|province|Indonesia
South Sumatra|province|Indonesia
Riau|province|Indonesia
Lampung|province|Indonesia
East Kalimantan|province|Indonesia
West Kalimantan|province|Indonesia
Central Kalimantan|province|Indonesia
South Kalimantan|province|Indonesia
North Sulawesi|province|Indonesia
South Sulawesi|province|Indonesia
Central Sulawesi|province|Indonesia
West Nusa Tenggara|province|Indonesia
East Nusa Tenggara|province|Indonesia
Nusa Tenggara|region|Indonesia
North Maluku|province|Indonesia
# Philippines
Manila|city|Philippines
Metro Manila|city|Philippines
Quezon City|city|Philippines
Davao|city|Philippines
Davao City|city|Philippines
Cebu|city|Philippines
Cebu City|city|Philippines
Zamboanga|city|Philippines
Zamboanga City|city|Philippines
Makati|city|Philippines
Taguig|city|Philippines
Pasig|city|Philippines
Caloocan|city|Philippines
Pasay|city|Philippines
Mandaluyong|city|Philippines
Paranaque|city|Philippines
Parañaque|city|Philippines
Marikina|city|Philippines
Antipolo|city|Philippines
Cagayan de Oro|city|Philippines
General Santos|city|Philippines
Iloilo|city|Philippines
Iloilo City|city|Philippines
Bacolod|city|Philippines
Tacloban|city|Philippines
Baguio|city|Philippines
Olongapo|city|Philippines
Batangas|province|Philippines
Legazpi|city|Philippines
Dumaguete|city|Philippines
Cotabato|city|Philippines
Cotabato City|city|Philippines
Marawi|city|Philippines
Lamitan|city|Philippines
Bataan|province|Philippines
Pampanga|province|Philippines
Bulacan|province|Philippines
Cavite|province|Philippines
Laguna|province|Philippines
Albay|province|Philippines
Batanes|province|Philippines
Maguindanao|province|Philippines
Lanao del Sur|province|Philippines
Lanao del Norte|province|Philippines
Bangsamoro|region|Philippines
Tawi-Tawi|province|Philippines
Intramuros|district|Philippines
Tondo|district|Philippines
Binondo|district|Philippines
# Oceania
Port Moresby|city|Papua New Guinea
Lae|city|Papua New Guinea
Mount Hagen|city|Papua New Guinea
Suva|city|Fiji
Nadi|city|Fiji
Lautoka|city|Fiji
Apia|city|Samoa
Nuku'alofa|city|Tonga
Honiara|city|Solomon Islands
Port Vila|city|Vanuatu
Majuro|city|Marshall Islands
Funafuti|city|Tuvalu
Yaren|city|Nauru
Palikir|city|Micronesia
Koror|city|Palau
Dili|city|East Timor
Baucau|city|East Timor
# Mexico: states
Aguascalientes|state|Mexico
Campeche|state|Mexico
Chiapas|state|Mexico
Chihuahua|state|Mexico
Coahuila|state|Mexico
Colima|state|Mexico
Durango|state|Mexico
Guanajuato|state|Mexico
Jalisco|state|Mexico
Mexico State|state|Mexico
State of Mexico|state|Mexico
Michoacan|state|Mexico
Michoacán|state|Mexico
Morelos|state|Mexico
Nayarit|state|Mexico
Nuevo Leon|state|Mexico
Nuevo León|state|Mexico
Oaxaca|state|Mexico
Puebla|state|Mexico
Queretaro|state|Mexico
Querétaro|state|Mexico
Quintana Roo|state|Mexico
San Luis Potosi|state|Mexico
San Luis Potosí|state|Mexico
Sinaloa|state|Mexico
Sonora|state|Mexico
Tabasco|state|Mexico
Tamaulipas|state|Mexico
Tlaxcala|state|Mexico
Veracruz|state|Mexico
Zacatecas|state|Mexico
# Mexico: cities
Mexico City|city|Mexico
Guadalajara|city|Mexico
Monterrey|city|Mexico
Tijuana|city|Mexico
Juarez|city|Mexico
Juárez|city|Mexico
Ciudad Juarez|city|Mexico
Ciudad Juárez|city|Mexico
Zapopan|city|Mexico
Merida|city|Mexico
Mérida|city|Mexico
Cancun|city|Mexico
Cancún|city|Mexico
Acapulco|city|Mexico
Culiacan|city|Mexico
Culiacán|city|Mexico
Hermosillo|city|Mexico
Mexicali|city|Mexico
Saltillo|city|Mexico
Morelia|city|Mexico
Toluca|city|Mexico
Torreon|city|Mexico
Torreón|city|Mexico
Reynosa|city|Mexico
Matamoros|city|Mexico
Nuevo Laredo|city|Mexico
Xalapa|city|Mexico
Tuxtla Gutierrez|city|Mexico
Tuxtla Gutiérrez|city|Mexico
Tapachula|city|Mexico
San Cristobal de las Casas|city|Mexico
San Cristóbal de las Casas|city|Mexico
Villahermosa|city|Mexico
Cuernavaca|city|Mexico
Pachuca|city|Mexico
Tampico|city|Mexico
Mazatlan|city|Mexico
Mazatlán|city|Mexico
Puerto Vallarta|city|Mexico
Los Cabos|city|Mexico
Cabo San Lucas|city|Mexico
Cabo|city|Mexico
La Paz|city|Mexico
Ensenada|city|Mexico
Rosarito|city|Mexico
Nogales|city|Mexico
Agua Prieta|city|Mexico
Ciudad Acuna|city|Mexico
Ciudad Acuña|city|Mexico
Piedras Negras|city|Mexico
Iguala|city|Mexico
Ayotzinapa|city|Mexico
Chilpancingo|city|Mexico
Zihuatanejo|city|Mexico
Playa del Carmen|city|Mexico
Tulum|city|Mexico
Chetumal|city|Mexico
Tepic|city|Mexico
Uruapan|city|Mexico
Apatzingan|city|Mexico
Apatzingán|city|Mexico
Lazaro Cardenas|city|Mexico
Manzanillo|city|Mexico
Celaya|city|Mexico
Irapuato|city|Mexico
San Miguel de Allende|city|Mexico
Taxco|city|Mexico
Teotihuacan|venue|Mexico
Chichen Itza|venue|Mexico
Chichén Itzá|venue|Mexico
Ecatepec|city|Mexico
Nezahualcoyotl|city|Mexico
Tlatelolco|district|Mexico
Coyoacan|district|Mexico
Coyoacán|district|Mexico
Tepito|district|Mexico
Iztapalapa|district|Mexico
Polanco|district|Mexico
Xochimilco|district|Mexico
Zocalo|venue|Mexico
Zócalo|venue|Mexico
Ciudad Obregon|city|Mexico
Los Mochis|city|Mexico
Guaymas|city|Mexico
San Quintin|city|Mexico
Ciudad Victoria|city|Mexico
# Central America
Guatemala City|city|Guatemala
Quetzaltenango|city|Guatemala
Antigua Guatemala|city|Guatemala
Peten|region|Guatemala
Petén|region|Guatemala
Escuintla|city|Guatemala
Huehuetenango|city|Guatemala
Puerto Barrios|city|Guatemala
Tecun Uman|city|Guatemala
San Salvador|city|El Salvador
San Miguel|city|El Salvador
La Libertad|city|El Salvador
Tegucigalpa|city|Honduras
San Pedro Sula|city|Honduras
La Ceiba|city|Honduras
Choluteca|city|Honduras
Managua|city|Nicaragua
Granada|city|Nicaragua
Masaya|city|Nicaragua
Bluefields|city|Nicaragua
Esteli|city|Nicaragua
Estelí|city|Nicaragua
Matagalpa|city|Nicaragua
San Jose|city|Costa Rica
San José|city|Costa Rica
Limón|city|Costa Rica
Puntarenas|city|Costa Rica
Guanacaste|province|Costa Rica
Panama City|city|Panama
Colón|city|Panama
Darien|province|Panama
Darién|province|Panama
Bocas del Toro|province|Panama
Belize City|city|Belize
Belmopan|city|Belize
# Caribbean
Havana|city|Cuba
Santiago de Cuba|city|Cuba
Camaguey|city|Cuba
Camagüey|city|Cuba
Holguin|city|Cuba
Holguín|city|Cuba
Matanzas|city|Cuba
Cienfuegos|city|Cuba
Pinar del Rio|city|Cuba
Pinar del Río|city|Cuba
Santa Clara|city|Cuba
Varadero|city|Cuba
Port-au-Prince|city|Haiti
Cap-Haitien|city|Haiti
Cap-Haïtien|city|Haiti
Gonaives|city|Haiti
Gonaïves|city|Haiti
Les Cayes|city|Haiti
Jacmel|city|Haiti
Jeremie|city|Haiti
Jérémie|city|Haiti
Cite Soleil|district|Haiti
Cité Soleil|district|Haiti
Petion-Ville|city|Haiti
Pétion-Ville|city|Haiti
Croix-des-Bouquets|city|Haiti
Santo Domingo|city|Dominican Republic
Santiago de los Caballeros|city|Dominican Republic
Punta Cana|city|Dominican Republic
Puerto Plata|city|Dominican Republic
La Romana|city|Dominican Republic
Kingston|city|Jamaica
Montego Bay|city|Jamaica
Ocho Rios|city|Jamaica
Negril|city|Jamaica
Spanish Town|city|Jamaica
Portmore|city|Jamaica
Port of Spain|city|Trinidad and Tobago
Port-of-Spain|city|Trinidad and Tobago
San Fernando|city|Trinidad and Tobago
Chaguaramas|city|Trinidad and Tobago
Bridgetown|city|Barbados
Nassau|city|Bahamas
Grand Bahama|island|Bahamas
Abaco|island|Bahamas
Abaco Islands|island|Bahamas
Bimini|island|Bahamas
Exuma|island|Bahamas
Eleuthera|island|Bahamas
Andros|island|Bahamas
Paradise Island|island|Bahamas
Castries|city|Saint Lucia
Kingstown|city|Saint Vincent and the Grenadines
St George's|city|Grenada
Basseterre|city|Saint Kitts and Nevis
Nevis|island|Saint Kitts and Nevis
St Kitts|island|Saint Kitts and Nevis
Roseau|city|Dominica
St John's|city|Antigua and Barbuda
Barbuda|island|Antigua and Barbuda
Willemstad|city|Netherlands
Oranjestad|city|Netherlands
Philipsburg|city|Netherlands
Road Town|city|United Kingdom
George Town|city|United Kingdom
# Brazil: states
Alagoas|state|Brazil
Amapa|state|Brazil
Amapá|state|Brazil
Amazonas|state|Brazil
Bahia|state|Brazil
Ceara|state|Brazil
Ceará|state|Brazil
Espirito Santo|state|Brazil
Espírito Santo|state|Brazil
Goias|state|Brazil
Goiás|state|Brazil
Maranhao|state|Brazil
Maranhão|state|Brazil
Mato Grosso|state|Brazil
Mato Grosso do Sul|state|Brazil
Minas Gerais|state|Brazil
Pará|state|Brazil
Paraiba|state|Brazil
Paraíba|state|Brazil
Parana|state|Brazil
Paraná|state|Brazil
Pernambuco|state|Brazil
Piaui|state|Brazil
Piauí|state|Brazil
Rio Grande do Norte|state|Brazil
Rio Grande do Sul|state|Brazil
Rondonia|state|Brazil
Rondônia|state|Brazil
Roraima|state|Brazil
Santa Catarina|state|Brazil
Sergipe|state|Brazil
Tocantins|state|Brazil
# Brazil: cities
Sao Paulo|city|Brazil
São Paulo|city|Brazil
Rio de Janeiro|city|Brazil
Brasilia|city|Brazil
Brasília|city|Brazil
Fortaleza|city|Brazil
Belo Horizonte|city|Brazil
Manaus|city|Brazil
Curitiba|city|Brazil
Recife|city|Brazil
Porto Alegre|city|Brazil
Belem|city|Brazil
Belém|city|Brazil
Goiania|city|Brazil
Goiânia|city|Brazil
Guarulhos|city|Brazil
Campinas|city|Brazil
Sao Luis|city|Brazil
São Luís|city|Brazil
Maceio|city|Brazil
Maceió|city|Brazil
Natal|city|Brazil
Teresina|city|Brazil
Joao Pessoa|city|Brazil
João Pessoa|city|Brazil
Campo Grande|city|Brazil
Cuiaba|city|Brazil
Cuiabá|city|Brazil
Florianopolis|city|Brazil
Florianópolis|city|Brazil
Vitoria|city|Brazil
Vitória|city|Brazil
Aracaju|city|Brazil
Porto Velho|city|Brazil
Macapa|city|Brazil
Macapá|city|Brazil
Boa Vista|city|Brazil
Rio Branco|city|Brazil
Palmas|city|Brazil
Niteroi|city|Brazil
Niterói|city|Brazil
Petropolis|city|Brazil
Petrópolis|city|Brazil
Santarem|city|Brazil
Santarém|city|Brazil
Foz do Iguacu|city|Brazil
Foz do Iguaçu|city|Brazil
Ouro Preto|city|Brazil
Paraty|city|Brazil
Copacabana|district|Brazil
Ipanema|district|Brazil
Leblon|district|Brazil
Rocinha|district|Brazil
Cidade de Deus|district|Brazil
Brumadinho|city|Brazil
Altamira|city|Brazil
Sao Jose dos Campos|city|Brazil
São José dos Campos|city|Brazil
Ribeirao Preto|city|Brazil
Ribeirão Preto|city|Brazil
Sorocaba|city|Brazil
Londrina|city|Brazil
Uberlandia|city|Brazil
Uberlândia|city|Brazil
Juiz de Fora|city|Brazil
Joinville|city|Brazil
Caxias do Sul|city|Brazil
Pelotas|city|Brazil
Feira de Santana|city|Brazil
Duque de Caxias|city|Brazil
Nova Iguacu|city|Brazil
Nova Iguaçu|city|Brazil
Sao Goncalo|city|Brazil
São Gonçalo|city|Brazil
Osasco|city|Brazil
Santo Andre|city|Brazil
Santo André|city|Brazil
Sao Bernardo do Campo|city|Brazil
São Bernardo do Campo|city|Brazil
Canoas|city|Brazil
Sao Sebastiao|city|Brazil
Angra dos Reis|city|Brazil
Maracana|venue|Brazil
Maracanã|venue|Brazil
Christ the Redeemer|venue|Brazil
Sugarloaf Mountain|mountain|Brazil
Javari Valley|region|Brazil
# Argentina, Chile, Uruguay, Paraguay
Buenos Aires|city|Argentina
Cordoba|city|Argentina
Córdoba|city|Argentina
Rosario|city|Argentina
Mendoza|city|Argentina
La Plata|city|Argentina
Tucuman|city|Argentina
Tucumán|city|Argentina
San Miguel de Tucuman|city|Argentina
Mar del Plata|city|Argentina
Salta|city|Argentina
Santa Fe|city|Argentina
San Juan|city|Argentina
Resistencia|city|Argentina
Neuquen|city|Argentina
Neuquén|city|Argentina
Bahia Blanca|city|Argentina
Bahía Blanca|city|Argentina
Corrientes|city|Argentina
Posadas|city|Argentina
Bariloche|city|Argentina
San Carlos de Bariloche|city|Argentina
Ushuaia|city|Argentina
Rio Gallegos|city|Argentina
Río Gallegos|city|Argentina
Comodoro Rivadavia|city|Argentina
Puerto Madryn|city|Argentina
El Calafate|city|Argentina
Jujuy|province|Argentina
San Salvador de Jujuy|city|Argentina
Santiago del Estero|city|Argentina
Catamarca|province|Argentina
Chubut|province|Argentina
Santa Cruz|province|Argentina
Entre Rios|province|Argentina
Entre Ríos|province|Argentina
Misiones|province|Argentina
Buenos Aires Province|province|Argentina
La Boca|district|Argentina
Palermo|district|Argentina
Recoleta|district|Argentina
San Telmo|district|Argentina
Puerto Madero|district|Argentina
Plaza de Mayo|venue|Argentina
Vaca Muerta|region|Argentina
Santiago|city|Chile
Valparaiso|city|Chile
Valparaíso|city|Chile
Vina del Mar|city|Chile
Viña del Mar|city|Chile
Concepcion|city|Chile
Concepción|city|Chile
Antofagasta|city|Chile
Temuco|city|Chile
Iquique|city|Chile
Arica|city|Chile
Puerto Montt|city|Chile
La Serena|city|Chile
Rancagua|city|Chile
Talca|city|Chile
Punta Arenas|city|Chile
Calama|city|Chile
Copiapo|city|Chile
Copiapó|city|Chile
Valdivia|city|Chile
Osorno|city|Chile
Chillan|city|Chile
Chillán|city|Chile
Coyhaique|city|Chile
Araucania|region|Chile
Araucanía|region|Chile
Biobio|region|Chile
Biobío|region|Chile
Magallanes|region|Chile
Montevideo|city|Uruguay
Punta del Este|city|Uruguay
Salto|city|Uruguay
Colonia del Sacramento|city|Uruguay
Paysandu|city|Uruguay
Paysandú|city|Uruguay
Asuncion|city|Paraguay
Asunción|city|Paraguay
Ciudad del Este|city|Paraguay
Encarnacion|city|Paraguay
Encarnación|city|Paraguay
Pedro Juan Caballero|city|Paraguay
Triple Frontier|region|
# Andean countries, Venezuela and the Guianas
Lima|city|Peru
Arequipa|city|Peru
Trujillo|city|Peru
Chiclayo|city|Peru
Piura|city|Peru
Cusco|city|Peru
Cuzco|city|Peru
Iquitos|city|Peru
Huancayo|city|Peru
Puno|city|Peru
Tacna|city|Peru
Ayacucho|city|Peru
Cajamarca|city|Peru
Pucallpa|city|Peru
Machu Picchu|venue|Peru
Callao|city|Peru
Chimbote|city|Peru
Huaraz|city|Peru
Ica|city|Peru
Nazca|city|Peru
Tumbes|city|Peru
Puerto Maldonado|city|Peru
Juliaca|city|Peru
Sacred Valley|region|Peru
VRAEM|region|Peru
La Paz|city|Bolivia
Santa Cruz de la Sierra|city|Bolivia
Cochabamba|city|Bolivia
El Alto|city|Bolivia
Oruro|city|Bolivia
Potosi|city|Bolivia
Potosí|city|Bolivia
Tarija|city|Bolivia
Cobija|city|Bolivia
Chapare|region|Bolivia
Yungas|region|Bolivia
Bogota|city|Colombia
Bogotá|city|Colombia
Medellin|city|Colombia
Medellín|city|Colombia
Cali|city|Colombia
Barranquilla|city|Colombia
Cartagena|city|Colombia
Cucuta|city|Colombia
Cúcuta|city|Colombia
Bucaramanga|city|Colombia
Pereira|city|Colombia
Santa Marta|city|Colombia
Ibague|city|Colombia
Ibagué|city|Colombia
Manizales|city|Colombia
Villavicencio|city|Colombia
Pasto|city|Colombia
Monteria|city|Colombia
Montería|city|Colombia
Neiva|city|Colombia
Popayan|city|Colombia
Popayán|city|Colombia
Buenaventura|city|Colombia
Tumaco|city|Colombia
Leticia|city|Colombia
Quibdo|city|Colombia
Quibdó|city|Colombia
Riohacha|city|Colombia
Valledupar|city|Colombia
San Andres|island|Colombia
San Andrés|island|Colombia
Catatumbo|region|Colombia
Cauca|province|Colombia
Antioquia|province|Colombia
Choco|province|Colombia
Chocó|province|Colombia
Putumayo|province|Colombia
Caqueta|province|Colombia
Caquetá|province|Colombia
Arauca|province|Colombia
Guaviare|province|Colombia
Narino|province|Colombia
Nariño|province|Colombia
Norte de Santander|province|Colombia
La Guajira|province|Colombia
Guajira|province|Colombia
Uraba|region|Colombia
Urabá|region|Colombia
Valle del Cauca|province|Colombia
Cundinamarca|province|Colombia
Caracas|city|Venezuela
Maracaibo|city|Venezuela
Valencia|city|Venezuela
Barquisimeto|city|Venezuela
Maracay|city|Venezuela
Ciudad Guayana|city|Venezuela
Puerto Ordaz|city|Venezuela
Ciudad Bolivar|city|Venezuela
Ciudad Bolívar|city|Venezuela
Maturin|city|Venezuela
Maturín|city|Venezuela
San Cristobal|city|Venezuela
San Cristóbal|city|Venezuela
Merida|city|Venezuela
Cumana|city|Venezuela
Cumaná|city|Venezuela
Puerto La Cruz|city|Venezuela
Petare|district|Venezuela
Zulia|state|Venezuela
Tachira|state|Venezuela
Táchira|state|Venezuela
Apure|state|Venezuela
Los Roques|island|Venezuela
Georgetown|city|Guyana
Essequibo|region|Guyana
Paramaribo|city|Suriname
Quito|city|Ecuador
Guayaquil|city|Ecuador
Cuenca|city|Ecuador
Machala|city|Ecuador
Esmeraldas|city|Ecuador
Ambato|city|Ecuador
Portoviejo|city|Ecuador
Loja|city|Ecuador
Sucumbios|province|Ecuador
Sucumbíos|province|Ecuador

# ---------------------------------------------------------------------------------------------
# 9. Venues: airports, stadiums, arenas, racecourses and circuits
# ---------------------------------------------------------------------------------------------
# Airports of the United Kingdom and Ireland
Heathrow|venue|United Kingdom
Heathrow Airport|venue|United Kingdom
London Heathrow|venue|United Kingdom
Gatwick|venue|United Kingdom
Gatwick Airport|venue|United Kingdom
London Gatwick|venue|United Kingdom
Stansted|venue|United Kingdom
Stansted Airport|venue|United Kingdom
London Stansted|venue|United Kingdom
Luton Airport|venue|United Kingdom
London Luton|venue|United Kingdom
London City Airport|venue|United Kingdom
Southend Airport|venue|United Kingdom
Manchester Airport|venue|United Kingdom
Birmingham Airport|venue|United Kingdom
Bristol Airport|venue|United Kingdom
East Midlands Airport|venue|United Kingdom
Liverpool John Lennon Airport|venue|United Kingdom
Leeds Bradford Airport|venue|United Kingdom
Newcastle Airport|venue|United Kingdom
Edinburgh Airport|venue|United Kingdom
Glasgow Airport|venue|United Kingdom
Glasgow Prestwick Airport|venue|United Kingdom
Aberdeen Airport|venue|United Kingdom
Cardiff Airport|venue|United Kingdom
Belfast International Airport|venue|United Kingdom
George Best Belfast City Airport|venue|United Kingdom
Dublin Airport|venue|Ireland
Shannon Airport|venue|Ireland
Cork Airport|venue|Ireland
Knock Airport|venue|Ireland
# Airports elsewhere
JFK Airport|venue|United States
John F Kennedy International Airport|venue|United States
John F. Kennedy International Airport|venue|United States
Kennedy Airport|venue|United States
LaGuardia|venue|United States
LaGuardia Airport|venue|United States
Newark Liberty International Airport|venue|United States
Newark Airport|venue|United States
O'Hare|venue|United States
O'Hare International Airport|venue|United States
Midway Airport|venue|United States
Los Angeles International Airport|venue|United States
San Francisco International Airport|venue|United States
SFO|venue|United States
Dulles|venue|United States
Dulles International Airport|venue|United States
Reagan National Airport|venue|United States
Ronald Reagan Washington National Airport|venue|United States
Logan Airport|venue|United States
Logan International Airport|venue|United States
Hartsfield-Jackson|venue|United States
Hartsfield-Jackson Atlanta International Airport|venue|United States
Dallas/Fort Worth International Airport|venue|United States
DFW Airport|venue|United States
Denver International Airport|venue|United States
Sea-Tac|venue|United States
Miami International Airport|venue|United States
Orlando International Airport|venue|United States
McCarran|venue|United States
Harry Reid International Airport|venue|United States
Pearson Airport|venue|Canada
Toronto Pearson|venue|Canada
Pearson International Airport|venue|Canada
Trudeau Airport|venue|Canada
Vancouver International Airport|venue|Canada
Charles de Gaulle|venue|France
Charles de Gaulle Airport|venue|France
Roissy-Charles de Gaulle|venue|France
Orly|venue|France
Orly Airport|venue|France
Schiphol|venue|Netherlands
Schiphol Airport|venue|Netherlands
Frankfurt Airport|venue|Germany
Munich Airport|venue|Germany
Berlin Brandenburg Airport|venue|Germany
Tegel|venue|Germany
Zaventem|venue|Belgium
Brussels Airport|venue|Belgium
Zurich Airport|venue|Switzerland
Geneva Airport|venue|Switzerland
Barajas|venue|Spain
Madrid-Barajas|venue|Spain
El Prat|venue|Spain
Barcelona-El Prat|venue|Spain
Fiumicino|venue|Italy
Leonardo da Vinci Airport|venue|Italy
Malpensa|venue|Italy
Linate|venue|Italy
Lisbon Airport|venue|Portugal
Vienna Airport|venue|Austria
Copenhagen Airport|venue|Denmark
Kastrup|venue|Denmark
Arlanda|venue|Sweden
Gardermoen|venue|Norway
Vantaa Airport|venue|Finland
Helsinki Airport|venue|Finland
Chopin Airport|venue|Poland
Rzeszow Airport|venue|Poland
Sheremetyevo|venue|Russia
Domodedovo|venue|Russia
Vnukovo|venue|Russia
Pulkovo|venue|Russia
Boryspil Airport|venue|Ukraine
Hostomel Airport|venue|Ukraine
Antonov Airport|venue|Ukraine
Ataturk Airport|venue|Turkey
Atatürk Airport|venue|Turkey
Istanbul Airport|venue|Turkey
Sabiha Gokcen|venue|Turkey
Ben-Gurion International Airport|venue|Israel
Queen Alia International Airport|venue|Jordan
Rafic Hariri International Airport|venue|Lebanon
Damascus International Airport|venue|Syria
Baghdad International Airport|venue|Iraq
Imam Khomeini International Airport|venue|Iran
Dubai International|venue|United Arab Emirates
Dubai International Airport|venue|United Arab Emirates
Al Maktoum International Airport|venue|United Arab Emirates
Abu Dhabi International Airport|venue|United Arab Emirates
Hamad International Airport|venue|Qatar
King Khalid International Airport|venue|Saudi Arabia
King Abdulaziz International Airport|venue|Saudi Arabia
Cairo International Airport|venue|Egypt
Bole International Airport|venue|Ethiopia
Jomo Kenyatta International Airport|venue|Kenya
OR Tambo|venue|South Africa
OR Tambo International Airport|venue|South Africa
Murtala Muhammed International Airport|venue|Nigeria
Hamid Karzai International Airport|venue|Afghanistan
Indira Gandhi International Airport|venue|India
Chhatrapati Shivaji International Airport|venue|India
Jinnah International Airport|venue|Pakistan
Changi|venue|Singapore
Changi Airport|venue|Singapore
Suvarnabhumi|venue|Thailand
Suvarnabhumi Airport|venue|Thailand
Don Mueang|venue|Thailand
Kuala Lumpur International Airport|venue|Malaysia
KLIA|venue|Malaysia
Soekarno-Hatta|venue|Indonesia
Ngurah Rai|venue|Indonesia
Ninoy Aquino International Airport|venue|Philippines
Chek Lap Kok|venue|Hong Kong
Hong Kong International Airport|venue|Hong Kong
Beijing Capital International Airport|venue|China
Daxing|venue|China
Beijing Daxing International Airport|venue|China
Pudong International Airport|venue|China
Hongqiao|venue|China
Baiyun Airport|venue|China
Taoyuan International Airport|venue|Taiwan
Incheon International Airport|venue|South Korea
Gimpo|venue|South Korea
Narita|venue|Japan
Narita Airport|venue|Japan
Haneda|venue|Japan
Haneda Airport|venue|Japan
Kansai International Airport|venue|Japan
Kingsford Smith|venue|Australia
Sydney Airport|venue|Australia
Tullamarine|venue|Australia
Melbourne Airport|venue|Australia
Auckland Airport|venue|New Zealand
Guarulhos International Airport|venue|Brazil
Ezeiza|venue|Argentina
Benito Juarez International Airport|venue|Mexico
El Dorado International Airport|venue|Colombia
Jorge Chavez International Airport|venue|Peru
# Stadiums and arenas of the United Kingdom and Ireland
Wembley Stadium|venue|United Kingdom
Wembley Arena|venue|United Kingdom
Old Trafford|venue|United Kingdom
Anfield|venue|United Kingdom
Goodison Park|venue|United Kingdom
Stamford Bridge|venue|United Kingdom
Emirates Stadium|venue|United Kingdom
Tottenham Hotspur Stadium|venue|United Kingdom
White Hart Lane|venue|United Kingdom
London Stadium|venue|United Kingdom
Craven Cottage|venue|United Kingdom
Selhurst Park|venue|United Kingdom
Loftus Road|venue|United Kingdom
Brentford Community Stadium|venue|United Kingdom
Gtech Community Stadium|venue|United Kingdom
Boleyn Ground|venue|United Kingdom
Etihad Stadium|venue|United Kingdom
City of Manchester Stadium|venue|United Kingdom
Maine Road|venue|United Kingdom
St James' Park|venue|United Kingdom
Stadium of Light|venue|United Kingdom
Riverside Stadium|venue|United Kingdom
Villa Park|venue|United Kingdom
St Andrew's|venue|United Kingdom
Molineux|venue|United Kingdom
The Hawthorns|venue|United Kingdom
Elland Road|venue|United Kingdom
Bramall Lane|venue|United Kingdom
King Power Stadium|venue|United Kingdom
Filbert Street|venue|United Kingdom
City Ground|venue|United Kingdom
Meadow Lane|venue|United Kingdom
Pride Park|venue|United Kingdom
Turf Moor|venue|United Kingdom
Ewood Park|venue|United Kingdom
Deepdale|venue|United Kingdom
Bloomfield Road|venue|United Kingdom
Portman Road|venue|United Kingdom
Carrow Road|venue|United Kingdom
Vicarage Road|venue|United Kingdom
Kenilworth Road|venue|United Kingdom
St Mary's Stadium|venue|United Kingdom
Fratton Park|venue|United Kingdom
Dean Court|venue|United Kingdom
Vitality Stadium|venue|United Kingdom
Amex Stadium|venue|United Kingdom
Falmer Stadium|venue|United Kingdom
Ashton Gate|venue|United Kingdom
Home Park|venue|United Kingdom
Liberty Stadium|venue|United Kingdom
Cardiff City Stadium|venue|United Kingdom
Ninian Park|venue|United Kingdom
Racecourse Ground|venue|United Kingdom
Hampden Park|venue|United Kingdom
Celtic Park|venue|United Kingdom
Ibrox|venue|United Kingdom
Ibrox Stadium|venue|United Kingdom
Tynecastle|venue|United Kingdom
Easter Road|venue|United Kingdom
Pittodrie|venue|United Kingdom
Tannadice|venue|United Kingdom
Dens Park|venue|United Kingdom
Windsor Park|venue|United Kingdom
Twickenham Stadium|venue|United Kingdom
Murrayfield|venue|United Kingdom
Murrayfield Stadium|venue|United Kingdom
Millennium Stadium|venue|United Kingdom
Principality Stadium|venue|United Kingdom
Cardiff Arms Park|venue|United Kingdom
Arms Park|venue|United Kingdom
Kingsholm|venue|United Kingdom
Welford Road|venue|United Kingdom
Franklin's Gardens|venue|United Kingdom
Kingspan Stadium|venue|United Kingdom
Ravenhill|venue|United Kingdom
Lord's Cricket Ground|venue|United Kingdom
Kia Oval|venue|United Kingdom
Old Trafford Cricket Ground|venue|United Kingdom
Trent Bridge|venue|United Kingdom
Headingley Stadium|venue|United Kingdom
Edgbaston Cricket Ground|venue|United Kingdom
Sophia Gardens|venue|United Kingdom
Ageas Bowl|venue|United Kingdom
Riverside Ground|venue|United Kingdom
All England Club|venue|United Kingdom
Centre Court|venue|United Kingdom
Queen's Club|venue|United Kingdom
Crucible Theatre|venue|United Kingdom
Silverstone|venue|United Kingdom
Brands Hatch|venue|United Kingdom
Donington Park|venue|United Kingdom
Goodwood|venue|United Kingdom
Aintree|venue|United Kingdom
Ascot|venue|United Kingdom
Royal Ascot|venue|United Kingdom
Epsom Downs|venue|United Kingdom
Cheltenham Racecourse|venue|United Kingdom
Newmarket Racecourse|venue|United Kingdom
Haydock Park|venue|United Kingdom
Sandown Park|venue|United Kingdom
Kempton Park|venue|United Kingdom
York Racecourse|venue|United Kingdom
Doncaster Racecourse|venue|United Kingdom
Carnoustie|venue|United Kingdom
Royal Birkdale|venue|United Kingdom
Royal Troon|venue|United Kingdom
Muirfield|venue|United Kingdom
Turnberry|venue|United Kingdom
Royal Portrush|venue|United Kingdom
Royal St George's|venue|United Kingdom
Royal Liverpool|venue|United Kingdom
Hoylake|venue|United Kingdom
Wentworth|venue|United Kingdom
Celtic Manor|venue|United Kingdom
O2 Academy Brixton|venue|United Kingdom
Manchester Arena|venue|United Kingdom
AO Arena|venue|United Kingdom
Co-op Live|venue|United Kingdom
National Exhibition Centre|venue|United Kingdom
Birmingham NEC|venue|United Kingdom
OVO Hydro|venue|United Kingdom
SSE Hydro|venue|United Kingdom
SSE Arena|venue|United Kingdom
Motorpoint Arena|venue|United Kingdom
First Direct Arena|venue|United Kingdom
Utilita Arena|venue|United Kingdom
Croke Park|venue|Ireland
Aviva Stadium|venue|Ireland
Lansdowne Road|venue|Ireland
Thomond Park|venue|Ireland
Semple Stadium|venue|Ireland
Pairc Ui Chaoimh|venue|Ireland
Páirc Uí Chaoimh|venue|Ireland
Tallaght Stadium|venue|Ireland
Dalymount Park|venue|Ireland
Leopardstown|venue|Ireland
Punchestown|venue|Ireland
Fairyhouse|venue|Ireland
The Curragh|venue|Ireland
3Arena|venue|Ireland
K Club|venue|Ireland
Adare Manor|venue|Ireland
# Stadiums and arenas elsewhere
Madison Square Garden|venue|United States
Barclays Center|venue|United States
Yankee Stadium|venue|United States
Citi Field|venue|United States
Shea Stadium|venue|United States
MetLife Stadium|venue|United States
Giants Stadium|venue|United States
Arthur Ashe Stadium|venue|United States
Flushing Meadows-Corona Park|venue|United States
Fenway Park|venue|United States
Gillette Stadium|venue|United States
TD Garden|venue|United States
Wrigley Field|venue|United States
Soldier Field|venue|United States
United Center|venue|United States
Dodger Stadium|venue|United States
Rose Bowl Stadium|venue|United States
Los Angeles Memorial Coliseum|venue|United States
LA Coliseum|venue|United States
SoFi Stadium|venue|United States
Crypto.com Arena|venue|United States
Staples Center|venue|United States
Levi's Stadium|venue|United States
Oracle Park|venue|United States
Chase Center|venue|United States
Lambeau Field|venue|United States
Arrowhead Stadium|venue|United States
AT&T Stadium|venue|United States
Cowboys Stadium|venue|United States
NRG Stadium|venue|United States
Astrodome|venue|United States
Mercedes-Benz Stadium|venue|United States
Superdome|venue|United States
Caesars Superdome|venue|United States
Hard Rock Stadium|venue|United States
Allegiant Stadium|venue|United States
Lincoln Financial Field|venue|United States
Camden Yards|venue|United States
Nationals Park|venue|United States
Capital One Arena|venue|United States
Lucas Oil Stadium|venue|United States
Indianapolis Motor Speedway|venue|United States
Daytona International Speedway|venue|United States
Augusta National|venue|United States
Augusta National Golf Club|venue|United States
Pebble Beach|venue|United States
Torrey Pines|venue|United States
Bethpage Black|venue|United States
Churchill Downs|venue|United States
Belmont Park|venue|United States
Pimlico Race Course|venue|United States
Saratoga Race Course|venue|United States
Rogers Centre|venue|Canada
Scotiabank Arena|venue|Canada
Bell Centre|venue|Canada
BC Place|venue|Canada
Stade de France|venue|France
Parc des Princes|venue|France
Roland Garros|venue|France
Stade Roland Garros|venue|France
Stade Velodrome|venue|France
Stade Vélodrome|venue|France
Circuit de la Sarthe|venue|France
Longchamp|venue|France
Allianz Arena|venue|Germany
Olympiastadion|venue|Germany
Signal Iduna Park|venue|Germany
Westfalenstadion|venue|Germany
Nurburgring|venue|Germany
Nürburgring|venue|Germany
Hockenheim|venue|Germany
Hockenheimring|venue|Germany
Santiago Bernabeu|venue|Spain
Santiago Bernabéu|venue|Spain
Bernabeu|venue|Spain
Bernabéu|venue|Spain
Camp Nou|venue|Spain
Nou Camp|venue|Spain
Wanda Metropolitano|venue|Spain
Mestalla|venue|Spain
San Mames|venue|Spain
San Mamés|venue|Spain
Circuit de Catalunya|venue|Spain
San Siro|venue|Italy
Stadio Olimpico|venue|Italy
Allianz Stadium|venue|Italy
Autodromo Nazionale Monza|venue|Italy
Mugello|venue|Italy
Estadio da Luz|venue|Portugal
Estádio da Luz|venue|Portugal
Johan Cruyff Arena|venue|Netherlands
Amsterdam Arena|venue|Netherlands
De Kuip|venue|Netherlands
Spa-Francorchamps|venue|Belgium
King Baudouin Stadium|venue|Belgium
Heysel Stadium|venue|Belgium
Luzhniki|venue|Russia
Luzhniki Stadium|venue|Russia
Ataturk Olympic Stadium|venue|Turkey
Melbourne Cricket Ground|venue|Australia
MCG|venue|Australia
Sydney Cricket Ground|venue|Australia
SCG|venue|Australia
The Gabba|venue|Australia
Adelaide Oval|venue|Australia
WACA|venue|Australia
Optus Stadium|venue|Australia
Rod Laver Arena|venue|Australia
Melbourne Park|venue|Australia
Albert Park|venue|Australia
Flemington|venue|Australia
Flemington Racecourse|venue|Australia
Stadium Australia|venue|Australia
Accor Stadium|venue|Australia
Eden Park|venue|New Zealand
Ellis Park|venue|South Africa
Soccer City|venue|South Africa
FNB Stadium|venue|South Africa
Loftus Versfeld|venue|South Africa
Wanderers Stadium|venue|South Africa
Maracana Stadium|venue|Brazil
Interlagos|venue|Brazil
Estadio Azteca|venue|Mexico
La Bombonera|venue|Argentina
Eden Gardens|venue|India
Wankhede Stadium|venue|India
Narendra Modi Stadium|venue|India
Feroz Shah Kotla|venue|India
Gaddafi Stadium|venue|Pakistan
Lusail Stadium|venue|Qatar
Khalifa International Stadium|venue|Qatar
Yas Marina|venue|United Arab Emirates
Yas Marina Circuit|venue|United Arab Emirates
Marina Bay Street Circuit|venue|Singapore
Suzuka|venue|Japan
Tokyo Dome|venue|Japan
Workers' Stadium|venue|China
Hillsborough|venue|United Kingdom

# ---------------------------------------------------------------------------------------------
# Ambiguous (also common words or names)
# ---------------------------------------------------------------------------------------------
# Places whose names are also common English words, first names or well-known surnames (or, for a
# few, brands and compass phrases), so that a capitalised word at a sentence start or in a
# person's name would give a false hit. Same format as above.
# United Kingdom
Archway|district|United Kingdom
Arnold|city|United Kingdom
Ashton|city|United Kingdom
Angus|county|United Kingdom
Annan|city|United Kingdom
Barking|district|United Kingdom
Barnes|district|United Kingdom
Barry|city|United Kingdom
Bath|city|United Kingdom
Battle|city|United Kingdom
Beverley|city|United Kingdom
Bow|district|United Kingdom
Brandon|city|United Kingdom
Brent|district|United Kingdom
Buckley|city|United Kingdom
Burton|city|United Kingdom
Bury|city|United Kingdom
Cardigan|city|United Kingdom
Chelsea|district|United Kingdom
Chester|city|United Kingdom
Clyde|water|United Kingdom
Crosby|city|United Kingdom
Deal|city|United Kingdom
Diss|city|United Kingdom
Dudley|city|United Kingdom
Dunbar|city|United Kingdom
Flint|city|United Kingdom
Hamilton|city|United Kingdom
Harris|island|United Kingdom
Hayes|district|United Kingdom
Holt|city|United Kingdom
Hyde|city|United Kingdom
Johnstone|city|United Kingdom
Keith|city|United Kingdom
Leek|city|United Kingdom
Leigh|city|United Kingdom
Lewis|island|United Kingdom
Lincoln|city|United Kingdom
March|city|United Kingdom
Middleton|city|United Kingdom
Moffat|city|United Kingdom
Mold|city|United Kingdom
Mull|island|United Kingdom
Nelson|city|United Kingdom
Poplar|district|United Kingdom
Radcliffe|city|United Kingdom
Reading|city|United Kingdom
Rugby|city|United Kingdom
Rum|island|United Kingdom
Rye|city|United Kingdom
Sale|city|United Kingdom
Sandwich|city|United Kingdom
Sandy|city|United Kingdom
Stanley|city|United Kingdom
Street|city|United Kingdom
Sutherland|county|United Kingdom
Trent|water|United Kingdom
Tyrone|county|United Kingdom
Vauxhall|district|United Kingdom
Victoria|district|United Kingdom
Ware|city|United Kingdom
Wells|city|United Kingdom
Jersey|island|United Kingdom
South East|region|United Kingdom
South West|region|United Kingdom
North West|region|United Kingdom
North East|region|United Kingdom
South-East|region|United Kingdom
South-West|region|United Kingdom
North-West|region|United Kingdom
North-East|region|United Kingdom
# Ireland
Blackrock|district|Ireland
Clare|county|Ireland
Kerry|county|Ireland
Shannon|water|Ireland
Swords|city|Ireland
# United States
Aurora|city|United States
Austin|city|United States
Bend|city|United States
Buffalo|city|United States
Canton|city|United States
Carson|city|United States
Cary|city|United States
Casper|city|United States
Chandler|city|United States
Charlotte|city|United States
Columbia|city|United States
Concord|city|United States
Davis|city|United States
Elizabeth|city|United States
Eugene|city|United States
Eureka|city|United States
Everett|city|United States
Ferguson|city|United States
Flint|city|United States
Garland|city|United States
Gary|city|United States
Gilbert|city|United States
Ground Zero|venue|United States
Helena|city|United States
Henderson|city|United States
Independence|city|United States
Irving|city|United States
Jackson|city|United States
Kirkland|city|United States
LA|city|United States
Langley|city|United States
Lawrence|city|United States
Lincoln|city|United States
Lowell|city|United States
Madison|city|United States
Mesa|city|United States
Midland|city|United States
Mobile|city|United States
Montgomery|city|United States
Norman|city|United States
Northeast|region|United States
Northwest|region|United States
Olympia|city|United States
Orange|city|United States
Paradise|city|United States
Parkland|city|United States
Pierre|city|United States
Prescott|city|United States
Providence|city|United States
Queens|district|United States
Quincy|city|United States
Riverside|city|United States
Savannah|city|United States
Selma|city|United States
Southeast|region|United States
Southwest|region|United States
Sparks|city|United States
Temple|city|United States
Troy|city|United States
Tyler|city|United States
Warren|city|United States
Watts|district|United States
Wild West|region|United States
# Canada, Australia, New Zealand and South Africa
Regina|city|Canada
Jasper|city|Canada
Gander|city|Canada
Victoria|city|Canada
Victoria|state|Australia
Logan|city|Australia
Katherine|city|Australia
Gladstone|city|Australia
Kimberley|region|Australia
Nelson|city|New Zealand
Hamilton|city|New Zealand
Napier|city|New Zealand
George|city|South Africa
Kimberley|city|South Africa
Alexandra|city|South Africa
Springbok|city|South Africa
Hamilton|city|Canada
Darwin|city|Australia
Vaughan|city|Canada
Barrie|city|Canada
Whistler|city|Canada
Labrador|region|Canada
Prince Albert|city|Canada
Prince George|city|Canada
Prince Rupert|city|Canada
GTA|region|Canada
ACT|region|Australia
Fitzroy|district|Australia
Manly|district|Australia
Centurion|city|South Africa
# Europe, Russia, Turkey, the Caucasus and Turkmenistan
Nice|city|France
Tours|city|France
Nancy|city|France
Halle|city|Germany
Wedding|district|Germany
Brunswick|city|Germany
Spa|city|Belgium
Sion|city|Switzerland
Ruse|city|Bulgaria
Bled|city|Slovenia
Split|city|Croatia
Sofia|city|Bulgaria
Olympia|city|Greece
Marathon|city|Greece
Fatima|city|Portugal
Florence|city|Italy
Perm|city|Russia
Van|city|Turkey
Latina|city|Italy
Como|city|Italy
Vladimir|city|Russia
Kirov|city|Russia
Engels|city|Russia
Mary|city|Turkmenistan
Batman|city|Turkey
Maidan|venue|Ukraine
Tartar|city|Azerbaijan
Ganja|city|Azerbaijan
# Middle East and North Africa
Acre|city|Israel
Ariel|city|Palestine
Hail|city|Saudi Arabia
Medina|city|Saudi Arabia
Mocha|city|Yemen
Fez|city|Morocco
Oran|city|Algeria
Petra|city|Jordan
Tyre|city|Lebanon
Salt|city|Jordan
Arafat|mountain|Saudi Arabia
Constantine|city|Algeria
Sari|city|Iran
Arak|city|Iran
Fars|province|Iran
Kut|city|Iraq
Balad|city|Iraq
# Sub-Saharan Africa
Edo|state|Nigeria
Lira|city|Uganda
Afar|region|Ethiopia
Bor|city|South Sudan
Tamale|city|Ghana
# South and Central Asia
Farah|city|Afghanistan
Kota|city|India
Puri|city|India
Osh|city|Kyrgyzstan
Uri|city|India
Male|city|Maldives
# East and Southeast Asia
Dali|city|China
Nara|city|Japan
Kinki|region|Japan
Hue|city|Vietnam
Kawasaki|city|Japan
Saga|city|Japan
Ise|city|Japan
Solo|city|Indonesia
Angeles|city|Philippines
Clark|venue|Philippines
# Latin America and the Caribbean
Guerrero|state|Mexico
Hidalgo|state|Mexico
Limon|city|Costa Rica
Freeport|city|Bahamas
Acre|state|Brazil
Para|state|Brazil
Sucre|city|Bolivia
Linden|city|Guyana
Leon|city|Mexico
León|city|Mexico
Colon|city|Panama
David|city|Panama
Salvador|city|Brazil
Santos|city|Brazil
Mariana|city|Brazil
Flores|city|Guatemala
Formosa|city|Argentina
Concordia|city|Argentina
Victoria|city|Seychelles
# Further names that are also people's names, brands or words
Lorraine|region|France
Broads|region|United Kingdom
Hydra|island|Greece
Reunion|island|France
Rodrigues|island|Mauritius
Negros|island|Philippines
Java|island|Indonesia
Galloway|region|United Kingdom
Paisley|city|United Kingdom
Mumbles|city|United Kingdom
Aspen|city|United States
Boulder|city|United States
Edison|city|United States
McLean|city|United States
Homestead|city|United States
Levis|city|Canada
Angers|city|France
Ronda|city|Spain
Gent|city|Belgium
Pecs|city|Hungary
Balti|city|Moldova
Kobe|city|Japan
Rio|city|Brazil
Manta|city|Ecuador
JFK|venue|United States
LAX|venue|United States
Lord's|venue|United Kingdom
The Oval|venue|United Kingdom
Bird's Nest|venue|China

"""##,
    "sentence-starters.txt": ##"""
# Capitalised function words that commonly open a sentence. After an abbreviation that can also end
# a sentence ("U.S.", "Inc."), one of these words says that a new sentence has begun; a name would
# not ("U.S. Army").
# Origin: written for reportconv from English grammar (articles, pronouns, conjunctions,
# prepositions and adverbs that open sentences).
a
an
the
this
that
these
those
it
its
he
she
his
her
they
their
we
our
i
you
there
here
but
and
or
so
yet
however
meanwhile
in
on
at
for
from
by
with
as
if
when
while
after
before
since
although
though
because
what
who
which
where
why
how
many
some
most
one
two
three
several
all
both
each
no
not
now
then
also
still
last
next
earlier
later

"""##,
    "speaker-nouns.txt": ##"""
# Nouns that head a descriptive speaker phrase when no name is given: "the report stated",
# "a spokesman said", "officials said", "the statement added": noun | what it names (person,
# organization or document).
# Origin: written for reportconv from English usage in news reporting.
report|document
reports|document
study|document
survey|document
statement|document
statements|document
document|document
documents|document
letter|document
memo|document
paper|document
review|document
analysis|document
assessment|document
inquiry|document
findings|document
ruling|document
judgment|document
judgement|document
verdict|document
complaint|document
lawsuit|document
suit|document
filing|document
announcement|document
release|document
spokesman|person
spokeswoman|person
spokesperson|person
spokespeople|person
spokesmen|person
official|person
officials|person
source|person
sources|person
minister|person
ministers|person
secretary|person
president|person
chairman|person
chairwoman|person
chair|person
chief|person
executive|person
executives|person
director|person
directors|person
manager|person
managers|person
coach|person
boss|person
leader|person
leaders|person
head|person
member|person
members|person
expert|person
experts|person
analyst|person
analysts|person
economist|person
economists|person
researcher|person
researchers|person
scientist|person
scientists|person
witness|person
witnesses|person
resident|person
residents|person
lawyer|person
lawyers|person
attorney|person
judge|person
police|organization
officer|person
officers|person
government|organization
ministry|organization
department|organization
agency|organization
company|organization
firm|organization
group|organization
organisation|organization
organization|organization
campaigners|person
campaigner|person
critics|person
critic|person
supporters|person
fans|person
observers|person
insiders|person
diplomat|person
diplomats|person
commander|person
commanders|person
military|organization
army|organization
person|person
people|person
woman|person
man|person
author|person
authors|person
band|organization
singer|person
star|person
actor|person
actress|person
player|person
players|person
team|organization
club|organization
website|document
newspaper|document
magazine|document
mayor|person
governor|person
senator|person
councillor|person
prosecutor|person
prosecutors|person
doctor|person
doctors|person
nurse|person
teacher|person
teachers|person
student|person
students|person
farmer|person
farmers|person
worker|person
workers|person
voter|person
voters|person
victim|person
victims|person
survivor|person
survivors|person
activist|person
activists|person
candidate|person
spokesperson|person
negotiator|person
negotiators|person
investigator|person
investigators|person
union|organization
council|organization
committee|organization
commission|organization
court|organization
charity|organization

"""##,
    "speech-verbs.txt": ##"""
# Verbs and phrases that attribute words to a speaker ("X said", "according to X"), in the forms
# news reports use. The first field is the form, the second its base form (the cue recorded on a
# quotation is the form as written).
# Origin: written for reportconv from English usage in news reporting.
say|say
says|say
said|say
saying|say
tell|tell
tells|tell
told|tell
state|state
states|state
stated|state
add|add
adds|add
added|add
claim|claim
claims|claim
claimed|claim
mention|mention
mentions|mention
mentioned|mention
emphasise|emphasise
emphasises|emphasise
emphasised|emphasise
emphasize|emphasise
emphasizes|emphasise
emphasized|emphasise
stress|stress
stresses|stress
stressed|stress
insist|insist
insists|insist
insisted|insist
warn|warn
warns|warn
warned|warn
explain|explain
explains|explain
explained|explain
note|note
notes|note
noted|note
argue|argue
argues|argue
argued|argue
assert|assert
asserts|assert
asserted|assert
declare|declare
declares|declare
declared|declare
announce|announce
announces|announce
announced|announce
write|write
writes|write
wrote|write
comment|comment
comments|comment
commented|comment
continue|continue
continues|continue
continued|continue
reply|reply
replies|reply
replied|reply
respond|respond
responds|respond
responded|respond
admit|admit
admits|admit
admitted|admit
acknowledge|acknowledge
acknowledges|acknowledge
acknowledged|acknowledge
suggest|suggest
suggests|suggest
suggested|suggest
urge|urge
urges|urge
urged|urge
report|report
reports|report
reported|report
conclude|conclude
concludes|conclude
concluded|conclude
confirm|confirm
confirms|confirm
confirmed|confirm
deny|deny
denies|deny
denied|deny
maintain|maintain
maintains|maintain
maintained|maintain
remark|remark
remarks|remark
remarked|remark
observe|observe
observes|observe
observed|observe
recall|recall
recalls|recall
recalled|recall
concede|concede
concedes|concede
conceded|concede
promise|promise
promises|promise
promised|promise
vow|vow
vows|vow
vowed|vow
predict|predict
predicts|predict
predicted|predict
ask|ask
asks|ask
asked|ask
describe|describe
describes|describe
described|describe
believe|believe
believes|believe
believed|believe
think|think
thinks|think
thought|think
feel|feel
feels|feel
felt|feel
accept|accept
accepts|accept
accepted|accept
agree|agree
agrees|agree
agreed|agree
allege|allege
alleges|allege
alleged|allege
complain|complain
complains|complain
complained|complain
joke|joke
jokes|joke
joked|joke
quip|quip
quips|quip
quipped|quip
shout|shout
shouts|shout
shouted|shout
whisper|whisper
whispered|whisper
cry|cry
cried|cry
exclaim|exclaim
exclaimed|exclaim
boast|boast
boasts|boast
boasted|boast
reveal|reveal
reveals|reveal
revealed|reveal
indicate|indicate
indicates|indicate
indicated|indicate
point out|point out
points out|point out
pointed out|point out
went on|go on
goes on|go on
according to|according to
quoted|quote
quotes|quote

"""##,
    "sports-words.txt": ##"""
# Words of sports reporting. A text in which they are frequent is a sports report, where a city's or
# a county's name that does not stand after "in" or "at" usually names a team ("Surrey beat Kent").
# Origin: written for reportconv from the vocabulary of English sports reporting.
match
matches
game
games
goal
goals
scored
scorer
scoring
win
wins
won
winner
winners
beat
beaten
defeat
defeated
draw
drew
drawn
lost
loss
victory
league
cup
championship
season
coach
manager
striker
midfielder
defender
goalkeeper
keeper
tournament
final
finals
semi-final
quarter-final
seed
seeded
set
sets
pitch
team
teams
squad
fixture
fixtures
points
standings
played
innings
inning
wickets
wicket
runs
batting
bowling
bowled
overs
tries
try
conversion
penalty
penalties
referee
half-time
halftime
kick-off
race
lap
laps
podium
champion
champions
title
club
clubs
player
players
captain
skipper
unbeaten
relegation
promotion
premiership
division
inning
homer
pitcher
quarterback
touchdown
rebounds
playoff
playoffs

"""##,
    "title-abbreviations.txt": ##"""
# Abbreviated titles that always stand before a name, so that a period after them never ends a
# sentence ("Mr. Smith", "Gen. Jones").
# Origin: written for reportconv from common English usage.
mr
mrs
ms
messrs
dr
prof
gen
lt
col
maj
capt
cmdr
adm
sgt
cpl
pte
sen
rep
gov
pres
rev
fr
hon
st

"""##,
    "work-nouns.txt": ##"""
# Nouns for documents and works that are cited by title ("the report titled '…'", "the film '…'"):
# noun | kind recorded on the citation.
# Origin: written for reportconv from English usage.
report|report
reports|report
study|report
survey|report
review|report
paper|report
white paper|report
document|report
assessment|report
analysis|report
strategy|report
plan|report
manifesto|report
guide|report
book|book
books|book
novel|book
memoir|book
autobiography|book
biography|book
film|film
films|film
movie|film
documentary|film
album|album
single|album
song|album
track|album
programme|programme
show|programme
series|programme
drama|programme
sitcom|programme
play|play
musical|play
opera|play
game|game
video game|game
bill|law
act|law
law|law
treaty|law
agreement|law
resolution|law
directive|law
article|article
essay|article
column|article
editorial|article
speech|speech
poem|poem
painting|artwork
exhibition|artwork

"""##,
]
