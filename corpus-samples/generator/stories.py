# All text below is original fiction written for the chaff sample corpus.
# Places, people, organisations and events are invented.

S = {}

S["ferry"] = dict(
    title="Gull Island ferry to cut sailings as crew shortage bites",
    paras=[
        "The ferry linking Port Marren with Gull Island will run three round trips a day instead of five from March 16, the Calder Coast Ferry Authority said on Monday, blaming a shortage of licensed deck officers that has already forced a dozen cancellations this winter.",
        "Authority chair Rosalind Quaye told a public meeting in the island's community hall that the reduced timetable was \"the only schedule we can promise to keep.\" She said the operator had advertised four deck officer posts since August and filled one. \"We would rather run three sailings people can rely on than five that might not leave the dock,\" she said.",
        "Islanders were not persuaded. About 140 people attended the meeting, and several said the last evening boat, currently at 9.15 p.m., was the only way for shift workers at Port Marren's hospital and fish processing plant to get home. Under the new timetable the final departure from the mainland would leave at 6.40 p.m.",
        "Gideon Marsh, who runs the island's only grocery, said deliveries would have to be squeezed onto the midday crossing. \"Every pallet of milk and bread comes over on that boat. If it's full of cars, we wait until tomorrow,\" he said. The authority said it would reserve deck space for freight on weekday mornings.",
        "The reduced timetable is due to last until June, when the authority expects two cadets now finishing their training to qualify. Calder County supervisors are set to discuss a request for an emergency subsidy to recruit relief officers from other ports at their meeting next Thursday.",
    ],
)

S["storm"] = dict(
    title="Overnight storm leaves 6,000 Port Marren homes without power",
    paras=[
        "Gusts of up to 70 miles an hour tore through Port Marren overnight on Sunday, bringing down trees and power lines and leaving about 6,000 homes without electricity at the height of the storm, according to Calder Electric Cooperative.",
        "The worst damage was on the north side of town, where a large elm fell across Quarry Lane and pulled down a feeder line serving the Windle Park and Saltmeadow neighborhoods. Crews worked through the night, and by 10 a.m. on Monday the cooperative said power had been restored to all but roughly 1,900 customers.",
        "Cooperative spokesman Hal Durrow said some homes in outlying areas might not be reconnected until Tuesday evening. \"Our linemen are dealing with dozens of separate breaks, and each one has to be made safe before we can re-energize the line,\" he said. He urged residents to stay at least 30 feet from any fallen wire.",
        "Port Marren Elementary and Saltmeadow Middle School were closed on Monday, and the town opened the community center on Ferris Street as a warming station with cots, hot drinks and phone charging. Fire Chief Annika Rowe said her crews had answered 47 calls between midnight and 6 a.m., most of them for trees on roads and downed lines. No serious injuries were reported.",
        "In the harbor, two moored sailboats broke loose and were driven onto the rocks below the old customs house. The harbor master's office said both owners had been contacted and that salvage would begin once the wind eased. Forecasters at the regional weather office expect calmer conditions by Tuesday afternoon, with a further band of rain arriving on Thursday.",
    ],
)

S["lakeflood"] = dict(
    title="Shore Road closed as Lake Tamsin spills over after weekend storm",
    paras=[
        "Shore Road between the marina and the Birchwood campground will stay closed for at least a week after Lake Tamsin rose nearly two feet over the weekend, the Pinecrest highway department said Tuesday.",
        "The lake crested early Monday, after close to four inches of rain fell on the hills above Pinecrest in less than a day. Water covered the road to a depth of about eight inches at its lowest point near the boat launch, and road foreman Clive Amberly said the shoulder had washed out along a 200-foot stretch.",
        "Until the road reopens, drivers heading to the east shore must take the Old Mill Road detour, which adds roughly fifteen minutes. The school bus for the east shore route will use the detour as well, and the district has asked parents to have children at their stops ten minutes earlier than usual.",
        "Several lakefront property owners spent Monday pumping out basements. Marina owner Della Pryce said three of her floating docks had torn from their anchors and drifted toward the dam. \"We found two of them. The third is somewhere out there,\" she said, adding that she hoped to have the marina open by mid-April as planned.",
        "The town's emergency manager, Wendell Soh, asked residents to report any damage to private docks or seawalls so it can be included in a request for state disaster assistance. Forms are available at the town office and online.",
    ],
)

S["ashbybudget"] = dict(
    title="Ashby Ridge council passes budget that restores library Saturday hours",
    paras=[
        "The Ashby Ridge town council approved a $14.2 million budget for the coming fiscal year on Monday night, voting 5-2 for a plan that reopens the public library on Saturdays and adds a second full-time position to the parks crew.",
        "The library closed on Saturdays two years ago when the council trimmed staff hours to close a revenue gap. Library director Opal Fennimore told the council that weekend closures had hit families hardest, with children's book loans falling by almost a third. \"Saturday was the only day a lot of working parents could bring their kids in,\" she said.",
        "To pay for the changes, the budget raises the property tax rate by 1.8 percent, which the town's finance office estimates will add about $46 a year to the bill on a median-priced home. It also draws $300,000 from the town's reserve fund, leaving a balance of about $2.1 million.",
        "Councillors Ray Tindall and Meredith Oakes voted against the plan. Tindall said the town should not be dipping into reserves while the new highway garage is still unfunded. \"We're going to need that money, and we know it,\" he said. Oakes said she supported the library hours but wanted the tax increase capped at one percent.",
        "The new budget takes effect on July 1. The library expects to resume Saturday hours, from 10 a.m. to 4 p.m., on the first weekend of that month.",
    ],
)

S["marrenbudget"] = dict(
    title="Port Marren budget plan leans on parking fees to fund harbor wall repairs",
    paras=[
        "Port Marren's proposed budget for next year would raise downtown parking fees for the first time in a decade and put most of the extra money toward repairing the town's crumbling harbor wall, under a draft released by Town Manager Celia Vantongeren on Wednesday.",
        "The $31.6 million plan keeps the property tax rate flat but doubles the hourly meter rate on Front Street and Chandlery Row to $2. Finance director Ollie Brandt estimates the change will bring in about $410,000 a year. Combined with a state harbor grant, that would cover the first phase of work on the seawall between the fish pier and the ferry terminal.",
        "Engineers warned last year that sections of the wall, built in the 1920s, had lost as much as a third of their mortar and could fail in a severe storm. \"This is not a project we can keep pushing into next year,\" Vantongeren wrote in her budget message.",
        "Downtown business owners said they had not been consulted. Rhoda Finch, who owns a bookshop on Front Street, said customers already complained about finding a space in summer. \"Doubling the meters will send people to the mall in Kestrel Falls,\" she said. The Chamber of Commerce has asked for a free first hour on weekday mornings.",
        "The select board will hold a public hearing on the draft on March 19 in the high school auditorium, and is expected to vote in early April.",
    ],
)

S["bakery"] = dict(
    title="Salt & Crumb bakery marks 50 years on Chandlery Row",
    paras=[
        "When Ada Penhallow opened a bakery on Chandlery Row in March 1976, she sold four kinds of bread and closed at noon so she could sleep before the next night's baking. Fifty years later, Salt & Crumb still opens at 6 a.m., and the line for its seeded rye often stretches past the barber shop next door.",
        "The bakery is now run by Penhallow's granddaughter, Bryony Lusk, who took over in 2019 after training at a baking school in the city. Lusk has added sourdough, cardamom buns and a gluten-free loaf, but she says the rye recipe has not changed. \"My grandmother wrote it on the back of a tide table. We still use that card,\" she said.",
        "To mark the anniversary, the bakery will sell its original loaves at 1976 prices \u2014 45 cents each \u2014 on Saturday morning, with proceeds going to the Port Marren lifeboat station. Lusk expects to bake around 600 loaves and says customers should come early.",
        "Penhallow, now 84, still visits most mornings. She said the secret to lasting half a century was simple. \"You turn up every day, even when the oven breaks and the snow is up to the door. People remember that you were open,\" she said.",
    ],
)

S["dredging"] = dict(
    title="Harbor dredging plan would deepen channel for larger fishing boats",
    paras=[
        "The Port Marren harbor commission has backed a plan to dredge the main channel to a depth of 14 feet, a change fishermen say would let larger boats land their catch in town instead of sailing to deeper ports along the coast.",
        "The channel has silted up steadily since the last dredging in 2009. At low tide its depth near the inner breakwater is now under nine feet, and several boats in the scallop fleet have to wait for the tide before they can reach the fish pier. Commission chair Yusuf Tennant said the delays cost crews hours each week.",
        "The work would remove an estimated 85,000 cubic yards of sediment. Because samples taken last fall found elevated levels of copper near the old boatyard, about a fifth of that material would have to be trucked to a licensed landfill rather than dumped at sea, which accounts for much of the project's $6.8 million estimated cost.",
        "The commission will apply for federal port funding this spring. If the grant is awarded, dredging could start in the fall of 2027, outside the lobster season. Some residents of the Point, the neighborhood nearest the boatyard, asked the commission to monitor dust and noise from the trucks.",
    ],
)

S["fishmarket"] = dict(
    title="Fish market to move into restored net loft on the east pier",
    paras=[
        "After 38 years in a metal shed beside the ferry terminal, Port Marren's retail fish market will move this summer into the restored net loft on the east pier, the harbor commission announced.",
        "The two-story timber loft, where the town's fishing families once mended nets, had been empty since the 1990s and was close to collapse when a local trust bought it in 2022. Volunteers and a team of carpenters have since replaced the roof and much of the frame using salvaged larch.",
        "Market manager Kit Abernethy said the new space would have twice the counter room and a proper cold room, replacing the chest freezers the market has relied on for decades. Upstairs, the trust plans a small exhibit on the town's fishing history and a room that community groups can book.",
        "The move will also free up the old shed site for a covered waiting area at the ferry terminal, something island passengers have requested for years. Abernethy expects the market to close for about ten days in June while it moves, and said the daily catch board would go up at the new door on reopening day.",
    ],
)

S["lifeboat"] = dict(
    title="Lifeboat crew rescues two kayakers caught by fog off Gannet Head",
    paras=[
        "Volunteers from the Port Marren lifeboat station rescued two kayakers on Thursday afternoon after thick fog rolled in and the pair lost sight of the shore near Gannet Head.",
        "The kayakers, a man and a woman from Kestrel Falls, had set out from Cove Beach shortly after noon in clear weather. Within an hour visibility had dropped to less than 50 yards. The woman called for help on her mobile phone at 1.40 p.m., and the coast guard paged the lifeboat crew minutes later.",
        "Coxswain Bram Elderkin said the crew found the pair by sounding the boat's horn and listening for their whistles. \"They did exactly the right thing. They stayed together, kept calm and had whistles on their life jackets,\" he said. Both were cold but unhurt and were landed at the harbor about an hour after the call.",
        "The station has now been launched 11 times this year, more than in the same period of any year since it opened in 1961. Elderkin urged paddlers to check the forecast for fog as well as wind, and to carry a waterproof radio as well as a phone.",
    ],
)

S["floodlights"] = dict(
    title="Port Marren Athletic fans raise $40,000 for new floodlights",
    paras=[
        "Supporters of Port Marren Athletic have raised more than $40,000 in six weeks to replace the floodlights at Mariner Park, meaning the amateur club can keep playing its Friday night home games next season.",
        "The league told the club in January that its 1980s floodlights no longer met the minimum brightness for evening matches. The club's committee had estimated the cost of new LED lighting at $52,000, well beyond the club's annual budget of about $18,000.",
        "The appeal was started by season-ticket holder Noreen Castellan, who set up an online page and a collection bucket at the clubhouse bar. Donations ranged from a few dollars from schoolchildren to $5,000 from a local boatbuilder. The town council has agreed to cover the remaining $12,000 from its recreation fund.",
        "Club secretary Lionel Arkwright said the response had moved the players. \"Friday nights are when the whole town comes down. Without the lights, we'd have been playing Sunday mornings in front of forty people,\" he said. Installation is planned for June, after the last game of the season.",
    ],
)

S["robotics"] = dict(
    title="Kestrel Falls High robotics team qualifies for national finals",
    paras=[
        "A team of eleven students from Kestrel Falls High School has qualified for the national high school robotics finals for the first time, after their robot won the regional tournament in Dunmore on Saturday.",
        "The team, known as the Gearhawks, built a robot that can pick up foam rings and stack them onto posts of different heights, the challenge set for this year's competition. It was ranked ninth after the qualifying rounds but won all four of its elimination matches, including a final decided by a single point.",
        "Team captain Marisol Ebanks, a senior, said the win came after months of redesigns in the school's technology room, often until nine at night. \"Our arm kept snapping in testing. In December we rebuilt it from scratch with aluminum instead of plastic, and that's what won it for us,\" she said.",
        "The finals will be held in April, and the team needs to raise about $9,000 for travel and entry fees. Physics teacher and team mentor Roland Ashdown said the group would hold a car wash and a pancake breakfast, and was asking local businesses for sponsorship.",
    ],
    extra=[
        "The Gearhawks were founded four years ago with a donated kit and three members. The club now has 23 students, and Ashdown said interest had grown after the team demonstrated its robot at a middle school open evening last spring. Seven of this year's members are girls, up from none in the first season.",
        "Principal Harriet Moyo said the school would cover part of the travel costs from its activities fund. \"What these students have done goes well beyond building a robot. They have learned to fail, fix things and try again,\" she said. Donations can be made through the school office.",
    ],
)

S["museum"] = dict(
    title="Maritime museum reopens with restored lighthouse lens as centerpiece",
    paras=[
        "The Calder Maritime Museum in Port Marren reopened on Saturday after an 18-month renovation, with the restored lens from the Gannet Head lighthouse installed in a new glass gallery overlooking the harbor.",
        "The lens, a first-order Fresnel lens made in 1889, was removed from the lighthouse when its light was automated in 1974 and spent decades in pieces in a county storage barn. Conservators spent more than a year cleaning and reassembling its 400 glass prisms, replacing only three that were beyond repair.",
        "Museum director Imogen Reddaway said the lens would be lit each evening at dusk, turning slowly as it once did on the headland. \"For a hundred years this light was the first thing sailors saw of home. Now people on the ferry will see it again,\" she said.",
        "The renovation, which cost $3.4 million, also added an elevator, a classroom for school visits and a workshop where volunteers repair wooden boats in view of visitors. More than 900 people came through the doors on opening day, nearly double the museum's previous record. The museum's collection of ship models and whaling logs has been rehung in the old sail loft upstairs.",
        "Admission is free for county residents through the end of April. The museum is open Wednesday through Sunday from 10 a.m. to 5 p.m., with late opening until 8 p.m. on Fridays.",
    ],
)

S["quarry"] = dict(
    title="Residents pack hearing on Blackthorn quarry expansion",
    paras=[
        "More than 200 people filled the Ashby Ridge Grange hall on Thursday for a hearing on a proposal to expand the Blackthorn granite quarry by 60 acres, with most speakers urging the county planning board to reject it.",
        "Calder Aggregates, which has run the quarry since 1998, says the expansion would extend its working life by 25 years and keep 48 people employed. Site manager Dorian Keel told the board that the company would plant a screen of trees along Hollow Road and limit blasting to weekday afternoons.",
        "Neighbors said they already feel the blasts. Corinne Albrecht, whose farmhouse is half a mile from the quarry edge, showed photographs of cracks in her kitchen ceiling. \"They tell us it's within the limits. The limits aren't the ones living here,\" she said. Others raised concerns about truck traffic past the elementary school and about the wells on Hollow Road.",
        "The planning board will accept written comments until March 20. Chair Fenwick Dall said the board had asked for an independent study of groundwater before it would make a decision, which is unlikely before summer.",
    ],
)

S["orchard"] = dict(
    title="Volunteers plant 120 fruit trees for Ashby Ridge community orchard",
    paras=[
        "Despite a cold wind and a dusting of snow, about 60 volunteers turned out on Saturday to plant 120 apple, pear and plum trees on a former hayfield behind the Ashby Ridge fire station, the first stage of a community orchard that organizers hope will feed the town for generations.",
        "The land was donated to the town last year by the Whitlock family, who farmed it for four generations. The orchard group chose mostly heritage varieties that were once common in the hills, including Ashby Russet, an apple that had almost disappeared before a retired teacher found a surviving tree behind a barn in 2015.",
        "Organizer Hester Greaves said fruit from the orchard would be free for anyone to pick, and that a share of each harvest would go to the town food pantry. The trees will take three to five years to bear a useful crop. \"We're planting for our grandchildren, but we'll get a few pies before then,\" she said.",
        "A second planting day is planned for April, when the group will add berry bushes and a bee hedge along the field's southern edge. Volunteers do not need experience, and tools are provided.",
    ],
)

S["rovers"] = dict(
    title="Ridge Rovers name former captain as new manager",
    paras=[
        "Ridge Rovers have appointed former club captain Dale Okafor as first-team manager, two weeks after Graham Pell stepped down following a run of six straight league defeats.",
        "Okafor, 41, made more than 300 appearances for the club as a center back between 2003 and 2016 and has coached its under-18 side for the last four seasons, leading them to the county youth cup last year. He will take charge for the first time at home to Dunmore Town on Saturday.",
        "The Rovers sit 13th of 16 teams in the Calder Valley League, four points above the relegation places with nine games to play. Club chairman Vic Tremayne said the board wanted someone who knew the dressing room. \"Dale has the respect of every player in that room. He's Rovers through and through,\" he said.",
        "Okafor said his first job was to tighten a defense that has conceded 23 goals in the last six matches. He plans to promote two of his under-18 players to the first-team squad and said the club would hold an open training session for supporters on Wednesday evening.",
    ],
)

S["bridge"] = dict(
    title="Route 9 bridge over Coldbrook to close for six weeks of repairs",
    paras=[
        "The Route 9 bridge over Coldbrook east of Ashby Ridge will close to all traffic from March 23 for about six weeks while state crews replace its deck joints and repair corroded steel beneath the roadway.",
        "The bridge carries around 7,500 vehicles a day and is the main route between Ashby Ridge and Kestrel Falls. During the closure, traffic will be detoured over Stony Hill Road and Route 14, a trip that state engineers estimate will add 12 minutes for most drivers. Trucks over 10 tons will be sent on a longer route via the interstate.",
        "A state inspection last year rated the bridge's condition as poor, citing rust on its beams and water leaking through failed joints. District engineer Priscilla Vance said the repairs would extend the life of the bridge by about 20 years while plans for a full replacement are developed.",
        "Ambulances from the Kestrel Falls hospital will be staged at the Ashby Ridge fire station during the closure to keep emergency response times down. Schools on both sides of the bridge have adjusted bus routes, and the state will post updates on electronic signs along Route 9.",
    ],
)

S["market"] = dict(
    title="Ashby Ridge winter farmers market finds new home in old mill",
    paras=[
        "The Ashby Ridge farmers market, which has spent the last three winters in the cramped basement of the Methodist church, will move on Saturday to the ground floor of the former Tillman woolen mill on River Street.",
        "Market manager Gus Hollander said the new space would allow 30 vendors, up from 14, and has a loading door wide enough for farmers to wheel produce straight in from their trucks. The mill's owner, who is converting the upper floors into apartments, has offered the space rent-free until the end of April.",
        "Shoppers can expect winter staples: root vegetables, eggs, cheese, maple syrup, bread and meat from farms in the surrounding hills, as well as hot soup from a rotating cast of local cooks. Several new vendors will join, including a mushroom grower and a couple from the Ridge who make hard cider.",
        "The market will run every Saturday from 9 a.m. to 1 p.m. and will move back outdoors to the town green in May. Hollander said the group hoped to make the mill its permanent winter home if the building's owner agreed.",
    ],
)

S["hospital"] = dict(
    title="Kestrel Falls hospital opens urgent care wing to ease ER waits",
    paras=[
        "Calder Valley Regional Hospital in Kestrel Falls opened a new urgent care wing on Monday, aiming to take pressure off an emergency department where patients have waited as long as nine hours to be seen this winter.",
        "The wing, built in a former outpatient clinic on the ground floor, has twelve treatment bays and an X-ray room and will be open from 8 a.m. to 10 p.m. every day. It is intended for injuries and illnesses that need prompt attention but are not life-threatening, such as sprains, minor cuts, ear infections and mild burns.",
        "Chief medical officer Dr. Naveen Sutcliffe said about four in ten patients who came to the emergency department last year could have been treated in an urgent care setting. \"Every one of those patients is waiting in the same room as someone having a heart attack. This lets us sort people faster and treat them in the right place,\" he said.",
        "Patients who arrive at the emergency entrance will be assessed by a triage nurse and directed to urgent care if appropriate. The hospital has hired 14 staff for the wing, including four nurse practitioners, and plans to review waiting times after three months.",
    ],
)

S["cider"] = dict(
    title="Calder Valley cider festival returns with a new home at the fairgrounds",
    paras=[
        "The Calder Valley Cider Festival will return in May after a two-year break, moving from its old site in a Kestrel Falls parking lot to the county fairgrounds, where organizers expect up to 5,000 visitors over two days.",
        "The festival was canceled in 2024 and 2025 after its founding organizer retired and no one stepped forward to take on the work. This year a group of seven orchards and cideries has formed a nonprofit to run it, led by Winifred Osei of Hollowfield Cider in Ashby Ridge.",
        "Osei said the larger site would allow more producers, a food court and a children's area with a pressing demonstration using a restored 19th-century apple press. \"We want families to come and see where cider actually comes from, not just taste it,\" she said. About 25 producers have signed up so far.",
        "Tickets go on sale on April 1 and will cost $15 for adults, including a tasting glass, with free entry for children under 12. A shuttle bus will run from downtown Kestrel Falls on both days.",
    ],
)

S["bus"] = dict(
    title="Valley bus service adds Sunday runs and a new Pinecrest route",
    paras=[
        "Calder Valley Transit will run buses on Sundays for the first time starting in April and add a route connecting Pinecrest to Kestrel Falls, under a service plan approved by the transit board on Tuesday.",
        "The new Route 7 will leave Pinecrest's town green six times a day on weekdays, stopping at the lake campgrounds, the Old Mill Road park-and-ride and the hospital before ending at the Kestrel Falls bus station. Until now, Pinecrest residents without a car have relied on a volunteer driver program to reach appointments.",
        "Sunday service will operate on the three busiest routes, hourly from 9 a.m. to 6 p.m. Transit director Beatrix Lunden said riders had asked for Sunday buses in every survey for the past decade, particularly people who work weekend shifts in shops and care homes.",
        "The expansion will be paid for with a state rural transit grant of $1.1 million over three years. Fares will stay at $1.50, and the agency will recruit eight additional drivers. Lunden said the board would review ridership on the Pinecrest route after a year.",
    ],
)

S["salmon"] = dict(
    title="Salmon returns to the Calder River reach highest count in 30 years",
    paras=[
        "More salmon returned to the Calder River last year than in any year since the early 1990s, according to figures released by the state fisheries agency on Wednesday, a result biologists credit to the removal of two old mill dams upstream.",
        "Counters at the fish ladder in Kestrel Falls recorded 1,148 adult salmon between June and October, up from 612 the year before and fewer than 200 a decade ago. Fish were also seen spawning in tributaries above Ashby Ridge, where they had been absent for more than a century.",
        "The Lower Mill and Fenner dams were taken down in 2021 and 2022 after a long campaign by the Calder River Trust. Trust biologist Eamon Pritchard said the results had come faster than expected. \"We thought it would take a generation. The fish found the new habitat within two seasons,\" he said.",
        "Pritchard cautioned that one good year did not mean the population had recovered, noting that ocean conditions also play a large part. The trust plans to fit a second counting station further upstream this spring and is looking for volunteers to help with surveys.",
    ],
)

S["housing"] = dict(
    title="Planning board approves 84 affordable homes on former Kestrel Falls rail yard",
    paras=[
        "The Kestrel Falls planning board on Tuesday approved a plan to build 84 affordable homes on the former rail yard off Depot Street, a site that has sat empty and fenced off for more than 20 years.",
        "The project, by the nonprofit Valley Homes Partnership, includes a mix of one-, two- and three-bedroom apartments in four buildings, with rents set for households earning up to 60 percent of the area median income. A ground-floor child care center and a small park along the river are also planned.",
        "The site must first be cleaned up. Tests found oil and coal ash in the soil, and the partnership has budgeted $2.7 million for removal, much of it covered by a state brownfield grant. Executive director Lorna Quist said construction could begin next spring if the cleanup goes to plan.",
        "Some neighbors on Depot Street asked the board to reduce the height of the tallest building from four stories to three, saying it would block their view of the river. The board kept the four-story design but required additional trees along the street. Quist said the waiting list for the partnership's existing apartments already has more than 300 names.",
    ],
)

S["watertaxi"] = dict(
    title="Lake Tamsin water taxi to switch to electric boat this summer",
    paras=[
        "The water taxi that carries passengers between Pinecrest's town dock and the summer camps on the north shore of Lake Tamsin will run on electric power from June, owner Fergus Lindqvist said this week.",
        "Lindqvist, who has run the service for eleven years, has ordered a 24-passenger aluminum boat with two electric motors and a battery bank large enough for a full day of crossings. He will charge it overnight at the town dock, where the town has agreed to install a dedicated power supply.",
        "The boat cost about $310,000, roughly a third more than a gasoline model, but Lindqvist said he expects to save around $14,000 a year in fuel and maintenance. A state clean boating grant covered $90,000. \"The lake is the reason people come here. It didn't make sense to keep pouring gas into it,\" he said.",
        "The old boat, a converted pontoon with a 150-horsepower outboard, will be sold. Lindqvist plans to keep fares at $6 for adults and $3 for children, and will add an evening sunset trip on Fridays and Saturdays in July and August.",
    ],
)

S["booksale"] = dict(
    title="Library book sale raises record sum for new children's room",
    paras=[
        "The Friends of the Pinecrest Library raised $8,460 at their annual winter book sale over the weekend, the most in the sale's 31-year history, with every penny going toward a new children's room.",
        "Volunteers sorted more than 12,000 donated books over six weeks, filling the gym at the Pinecrest Community School with tables organized by subject. On Saturday morning a line of about 80 people had formed outside before the doors opened at nine.",
        "Sale coordinator Marguerite Doyle said the biggest sellers were children's picture books, cookbooks and local history, while a box of 1950s fishing magazines drew a small bidding war. Whatever was left on Sunday afternoon was sold at $5 a bag, and the remainder will go to the regional prison library.",
        "The children's room, planned for the library's former storage wing, is expected to cost $60,000. With this weekend's total, the Friends have raised about half of that. Library director Sunniva Ahlberg said the group hoped to open the room before the summer reading program.",
    ],
)

S["boathouse"] = dict(
    title="Town meeting votes to buy the old Ferncliff boathouse",
    paras=[
        "Pinecrest voters agreed at Saturday's annual town meeting to buy the Ferncliff boathouse on the west shore of Lake Tamsin for $185,000 and turn it into a public swimming and paddling center.",
        "The vote, 212 to 97, followed more than an hour of debate in the school gym. Supporters said Pinecrest had had no public swimming area since the town beach was closed by erosion in 2019. Opponents worried about the cost of repairing the building, which has a sagging roof and rotten pilings under its boat slips.",
        "Select board member Ingrid Hollis said the town would apply for a state outdoor recreation grant to cover most of the repairs, estimated at $240,000. If the grant is approved, the boathouse could open for swimming lessons in the summer of 2027. \"Every child in this town should learn to swim in this lake,\" she said.",
        "Voters also approved the school budget without amendment, agreed to spend $40,000 on a new plow truck, and rejected a proposal to ban gas-powered leaf blowers.",
    ],
)

S["trail"] = dict(
    title="Volunteers reopen Beacon Hill trail after two years of work",
    paras=[
        "The Beacon Hill trail above Pinecrest reopened to hikers on Saturday, two years after landslides in the spring of 2024 washed out much of its upper section.",
        "Members of the Pinecrest Trail Club spent about 3,000 hours rebuilding the route, moving it away from the steepest ground and adding 140 stone steps carried up the hill by hand. A crew of students from the state conservation corps spent three weeks last summer building drainage channels to keep water off the path.",
        "Club president Anselm Ruiz said the new trail is a little longer but gentler, climbing to the summit in about an hour and a quarter from the trailhead on Cobb Road. \"The view from the top is the same. Getting there is a lot less muddy,\" he said.",
        "Parking at the trailhead is limited to about 15 cars, and the club asks hikers to use the overflow lot at the church on weekends. Dogs are allowed on leashes. The club meets on the first Saturday of each month for maintenance work, and new volunteers are welcome.",
    ],
)

S["choir"] = dict(
    title="Pinecrest school choir invited to sing at state music festival",
    paras=[
        "The 28-member choir of the Pinecrest Community School has been invited to perform at the state youth music festival in May, the first time a choir from the town has been selected in the event's history.",
        "Music teacher Odile Fairweather submitted a recording of the choir's winter concert in December, including a setting of an old lumberjack song that students arranged themselves with help from a retired organist, Clement Baird. The festival accepts about a dozen school choirs from more than 200 applicants.",
        "The singers, aged 10 to 14, will perform a 15-minute program on the festival's main stage. Fairweather said the choir would add rehearsals on Tuesday evenings. \"They are already humming it in the corridors. I hear it everywhere,\" she said.",
        "The trip will cost about $4,200 for the bus and an overnight stay. The parent-teacher group is holding a bake sale and a concert at the Congregational church on April 12 to raise the money.",
    ],
)

S["erosion"] = dict(
    title="Study warns Calder coast is losing up to three feet of shoreline a year",
    paras=[
        "Parts of the Calder County coastline are retreating by as much as three feet a year, faster than previously thought, according to a study published on Monday by researchers at the state university's coastal lab.",
        "The team compared aerial photographs taken since 1952 with recent drone surveys and found that the bluffs south of Port Marren, between Cove Beach and Sandpiper Point, are eroding most quickly. At least 14 homes on Bluff Road are now within 50 feet of the edge.",
        "Lead author Dr. Theodora Quill said that stronger winter storms and rising sea levels were both playing a part. \"The bluffs are made of sand and clay left by glaciers. Once the waves cut into the base, the top simply slumps,\" she said. The study found the rate of retreat had roughly doubled since the 1990s.",
        "County commissioners have asked the researchers to present their findings at a public meeting next month. Options under discussion include rebuilding dunes, restricting new construction near the bluffs and, in the worst cases, helping homeowners move.",
    ],
)

S["diesel"] = dict(
    title="Rising diesel prices squeeze Calder coast fishing fleet",
    paras=[
        "Fishermen along the Calder coast say a steep rise in diesel prices since January is eating into already thin margins, with some boats cutting trips short or staying tied up on days when catches are likely to be poor.",
        "Marine diesel at the Port Marren fuel dock cost $4.85 a gallon last week, up from $3.70 at the start of the year. A mid-sized trawler can burn 300 gallons on a two-day trip, meaning an extra cost of about $345 per trip, said Orla Venning, who manages the Calder Fishermen's Cooperative.",
        "Venning said the cooperative had begun buying fuel in bulk for its 26 member boats and was asking the state for a temporary fuel tax rebate. \"Prices at the dock for fish haven't moved. It all comes out of the crew's share,\" she said.",
        "Some skippers are slowing their boats to save fuel. Ewan Trelawney, who fishes for hake out of Port Marren, said cutting his speed by two knots saved about a fifth of his fuel but added an hour to each run to the fishing grounds. \"It's a long day either way,\" he said.",
    ],
)

S["broadband"] = dict(
    title="State grant to bring fiber internet to 2,400 rural homes in Calder Valley",
    paras=[
        "About 2,400 homes and businesses in the hills of Calder Valley will get high-speed fiber internet by the end of next year, after the state awarded a $9.3 million grant to a local cooperative on Thursday.",
        "The Calder Valley Broadband Cooperative, formed in 2021 by residents frustrated with slow connections, will lay about 190 miles of fiber along roads in Ashby Ridge, Pinecrest and three smaller towns. Many of the homes it will serve rely on satellite service or old copper phone lines that deliver speeds too slow for video calls.",
        "Cooperative board president Lucinda Harrow said construction would start in June with the areas that have the worst service. Members will pay $65 a month for a connection with speeds of up to one gigabit. \"People here have been running businesses off a phone hotspot balanced on a windowsill,\" she said.",
        "The cooperative still needs to raise about $1.2 million from member loans and its own reserves to complete the network. Sign-ups have passed 1,100, and Harrow said the group would hold information sessions in each town over the coming month.",
    ],
)

S["whale"] = dict(
    title="Humpback whale and calf draw crowds to Gull Island cliffs",
    paras=[
        "A humpback whale and her calf have been seen feeding off the north end of Gull Island for five days running, drawing crowds to the island's cliff path and prompting a warning to boaters to keep their distance.",
        "The pair were first reported last Wednesday by lobsterman Caspar Reade, who said the calf surfaced about 100 yards from his boat. Since then they have been spotted most mornings in the bay below Hatchet Point, where schools of herring have gathered in unusual numbers this month.",
        "Marine biologist Juno Abara of the Calder Marine Trust said humpbacks usually pass the coast further offshore in early spring on their way north. \"A mother with a calf this close to shore is unusual. They seem to have found a good meal and are making the most of it,\" she said.",
        "The harbor master has asked all vessels to stay at least 100 yards from the whales and to slow to under 10 knots within a mile of Hatchet Point. Islanders have been sharing sightings in a community group, and the trust asked anyone with photographs of the whales' tail markings to send them in to help identify the pair.",
    ],
)


def smart_quotes(text):
    """Straight quotes -> curly quotes (the "light edit" variants use this)."""
    out = []
    for i, ch in enumerate(text):
        if ch == '"':
            prev = text[i - 1] if i else " "
            out.append("\u201c" if prev in " \n(\u2014" else "\u201d")
        elif ch == "'":
            out.append("\u2019")
        else:
            out.append(ch)
    return "".join(out)


def edit(paras, replacements):
    """Apply exact one-time word replacements; each must match exactly once."""
    joined = "\n".join(paras)
    for old, new in replacements:
        assert joined.count(old) == 1, (old, joined.count(old))
        joined = joined.replace(old, new)
    return joined.split("\n")


# ---- near-duplicate variants -------------------------------------------------

# C1 light edit (Valley Herald): reworded headline, curly quotes, 3 word-level edits.
FERRY_EDIT = dict(
    title="Crew shortage forces Gull Island ferry to cut daily sailings",
    paras=[smart_quotes(p) for p in edit(S["ferry"]["paras"], [
        ("About 140 people", "Around 140 people"),
        ("the island's only grocery", "the island's only grocery store"),
        ("the only schedule we can", "the only schedual we can"),
    ])],
)

# C5 light edit (Coastwire): reworded headline, curly quotes, 2 word edits + 1 typo.
BUDGET_EDIT = dict(
    title="Ashby Ridge approves budget, bringing back Saturday library hours",
    paras=[smart_quotes(p) for p in edit(S["ashbybudget"]["paras"], [
        ("on Monday night", "on Monday evening"),
        ("falling by almost a third", "falling by nearly a third"),
        ("finance office estimates", "finance office estimats"),
    ])],
)

# C2 truncated copy (Ridgeline): first 3 of 5 paragraphs.
STORM_TRUNC = dict(title=S["storm"]["title"], paras=S["storm"]["paras"][:3])

# C3 extended copy (Valley Herald): 4 paragraphs + 2 appended.
ROBOTICS_EXT = dict(title=S["robotics"]["title"],
                    paras=S["robotics"]["paras"] + S["robotics"]["extra"])


# C4 reflowed copy (Pinecrest Notes): paragraphs 1+2 merged, paragraph 4 split in two.
def _reflow(p):
    p4 = p[3]
    cut = p4.index("More than 900 people")
    return [p[0] + " " + p[1], p[2], p4[:cut].rstrip(), p4[cut:], p[4]]


MUSEUM_REFLOW = dict(title=S["museum"]["title"], paras=_reflow(S["museum"]["paras"]))
