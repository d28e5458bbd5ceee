package loader

import (
	"math/bits"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"copgraph/kg"
)

// entity is a named thing the family's texts mention under several names: a working group,
// an instrument, an actor. Every surface form folds into one node with a stable id.
type entity struct {
	id      string
	labels  []string
	nameZh  string   // the name as the texts usually write it
	nameEn  string   // the English name, for users who read English
	aliases []string // other surface forms, including nameZh's variants
}

// Entity lexicon. The forms are the ones this family uses; rules below catch working
// groups that the lexicon does not name.
var lexicon = withShortTitles([]entity{
	// Working groups of the Conference and other named groups.
	{"wg:trafficking-in-persons", []string{kg.LabelWorkingGroup}, "贩运人口问题工作组", "Working Group on Trafficking in Persons", []string{"人口贩运问题工作组"}},
	{"wg:smuggling-of-migrants", []string{kg.LabelWorkingGroup}, "偷运移民问题工作组", "Working Group on the Smuggling of Migrants", nil},
	{"wg:firearms", []string{kg.LabelWorkingGroup}, "枪支问题工作组", "Working Group on Firearms", nil},
	{"wg:international-cooperation", []string{kg.LabelWorkingGroup}, "国际合作问题工作组", "Working Group on International Cooperation", nil},
	{"wg:technical-assistance", []string{kg.LabelWorkingGroup}, "技术援助问题政府专家工作组", "Working Group of Government Experts on Technical Assistance", []string{"技术援助问题工作组", "技术援助工作组", "技术援助问题不限成员名额临时工作组"}},
	{"wg:review-of-implementation", []string{kg.LabelWorkingGroup}, "审议《联合国打击跨国有组织犯罪公约》及其各项议定书实施情况不限成员名额政府间工作组", "Open-ended Intergovernmental Working Group on the Review of the Implementation of the United Nations Convention against Transnational Organized Crime and the Protocols thereto", nil},
	{"wg:un-system-task-force", []string{kg.LabelWorkingGroup}, "联合国系统打击威胁到安全与稳定的跨国有组织犯罪和贩毒问题特别工作组", "United Nations System Task Force on Transnational Organized Crime and Drug Trafficking as Threats to Security and Stability", nil},
	{"wg:icat", []string{kg.LabelWorkingGroup}, "打击人口贩运机构间协调组", "Inter-Agency Coordination Group against Trafficking in Persons", nil},
	{"wg:cultural-property-experts", []string{kg.LabelWorkingGroup}, "保护文化财产免遭贩运问题专家组", "Expert Group on Protection against Trafficking in Cultural Property", []string{"保护文化财产免遭贩运专家组"}},
	{"wg:cybercrime-experts", []string{kg.LabelWorkingGroup}, "网络犯罪问题不限成员名额政府间专家组", "Open-ended Intergovernmental Expert Group to Conduct a Comprehensive Study on Cybercrime", []string{"网络犯罪问题综合研究专家组", "网络犯罪问题政府间专家组", "网络犯罪问题专家组"}},
	{"wg:uncac-prevention", []string{kg.LabelWorkingGroup}, "预防腐败问题不限成员名额政府间工作组", "Open-ended Intergovernmental Working Group on the Prevention of Corruption", []string{"不限成员名额政府间预防腐败问题工作组", "预防腐败问题工作组", "预防腐败工作组"}},
	{"wg:uncac-asset-recovery", []string{kg.LabelWorkingGroup}, "资产追回问题不限成员名额政府间工作组", "Open-ended Intergovernmental Working Group on Asset Recovery", []string{"不限成员名额政府间资产追回问题工作组", "资产追回问题工作组", "资产追回工作组"}},
	// The Assembly's committee drafting the convention on cybercrime (resolution 74/247),
	// whose reports are of its own numbered sessions.
	{"wg:cybercrime-ad-hoc-committee", []string{kg.LabelWorkingGroup}, "拟订一项关于打击为犯罪目的使用信息和通信技术行为的全面国际公约特设委员会", "Ad Hoc Committee to Elaborate a Comprehensive International Convention on Countering the Use of Information and Communications Technologies for Criminal Purposes", nil},
	// The bare "实施情况审议组" is the group's in a document of its body alone (bodyForms).
	{"wg:uncac-implementation-review-group", []string{kg.LabelWorkingGroup}, "《联合国反腐败公约》实施情况审议组", "Implementation Review Group of the United Nations Convention against Corruption", nil},

	// Instruments.
	{"inst:untoc", []string{kg.LabelInstrument}, "《联合国打击跨国有组织犯罪公约》", "United Nations Convention against Transnational Organized Crime", []string{"《公约》", "《有组织犯罪公约》"}},
	{"inst:trafficking-protocol", []string{kg.LabelInstrument}, "《关于预防、禁止和惩治贩运人口特别是妇女和儿童行为的议定书》", "Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children", []string{"《联合国打击跨国有组织犯罪公约关于预防、禁止和惩治贩运人口特别是妇女和儿童行为的补充议定书》", "《人口贩运议定书》", "《贩运人口议定书》"}},
	{"inst:smuggling-protocol", []string{kg.LabelInstrument}, "《关于打击陆、海、空偷运移民的议定书》", "Protocol against the Smuggling of Migrants by Land, Sea and Air", []string{"《联合国打击跨国有组织犯罪公约关于打击陆、海、空偷运移民的补充议定书》", "《偷运移民议定书》"}},
	{"inst:firearms-protocol", []string{kg.LabelInstrument}, "《关于打击非法制造和贩运枪支及其零部件和弹药的议定书》", "Protocol against the Illicit Manufacturing of and Trafficking in Firearms, Their Parts and Components and Ammunition", []string{"《联合国打击跨国有组织犯罪公约关于打击非法制造和贩运枪支及其零部件和弹药的补充议定书》", "《枪支议定书》"}},
	{"inst:global-plan-of-action", []string{kg.LabelInstrument}, "《联合国打击贩运人口的全球行动计划》", "United Nations Global Plan of Action to Combat Trafficking in Persons", []string{"《全球行动计划》", "《联合国打击贩运人口全球行动计划》"}},
	// The Commission on Narcotic Drugs adopted its 2019 declaration at the ministerial
	// segment of its sixty-second session, and its resolutions name it by that session ("其
	// 2019 年 3 月 15 日在第六十二届会议上通过的部长级宣言"); no other body of the family
	// adopted a ministerial declaration at a sixty-second session.
	{"inst:cnd-ministerial-declaration-2019", []string{kg.LabelInstrument}, "《关于加强我们的行动，在国家、区域和国际各级加速履行我们的共同承诺以应对和打击世界毒品问题的部长级宣言》", "Ministerial Declaration on Strengthening Our Actions at the National, Regional and International Levels to Accelerate the Implementation of Our Joint Commitments to Address and Counter the World Drug Problem", []string{"第六十二届会议上通过的部长级宣言", "第六十二届会议部长级部分通过的部长级宣言"}},
	{"inst:mandela-rules", []string{kg.LabelInstrument}, "《联合国囚犯待遇最低限度标准规则》", "United Nations Standard Minimum Rules for the Treatment of Prisoners (the Nelson Mandela Rules)", []string{"《纳尔逊·曼德拉规则》", "《囚犯待遇最低限度标准规则》"}},
	{"inst:poa-small-arms", []string{kg.LabelInstrument}, "《从各个方面防止、打击和消除小武器和轻武器非法贸易的行动纲领》", "Programme of Action to Prevent, Combat and Eradicate the Illicit Trade in Small Arms and Light Weapons in All Its Aspects", nil},
	{"inst:international-tracing-instrument", []string{kg.LabelInstrument}, "《使各国能够及时可靠地识别和追查非法小武器和轻武器的国际文书》", "International Instrument to Enable States to Identify and Trace, in a Timely and Reliable Manner, Illicit Small Arms and Light Weapons", nil},
	{"inst:firearms-model-law", []string{kg.LabelInstrument}, "《打击非法制造和贩运枪支及其零部件和弹药示范法》", "Model Law against the Illicit Manufacturing of and Trafficking in Firearms, Their Parts and Components and Ammunition", []string{"《枪支议定书》示范法"}},
	{"inst:un-charter", []string{kg.LabelInstrument}, "《联合国宪章》", "Charter of the United Nations", nil},
	{"inst:uncac", []string{kg.LabelInstrument}, "《联合国反腐败公约》", "United Nations Convention against Corruption", nil},
	// The declarations of the crime congresses, which the General Assembly endorses and
	// the Commission follows up; texts name them by their short titles.
	{"inst:vienna-declaration", []string{kg.LabelInstrument}, "《维也纳宣言》", "Vienna Declaration on Crime and Justice: Meeting the Challenges of the Twenty-first Century", []string{"《关于犯罪与司法：迎接二十一世纪的挑战的维也纳宣言》"}},
	{"inst:bangkok-declaration", []string{kg.LabelInstrument}, "《曼谷宣言》", "Bangkok Declaration on Synergies and Responses: Strategic Alliances in Crime Prevention and Criminal Justice", []string{"《协同增效和作出反应：预防犯罪和刑事司法战略联盟曼谷宣言》"}},
	{"inst:salvador-declaration", []string{kg.LabelInstrument}, "《萨尔瓦多宣言》", "Salvador Declaration on Comprehensive Strategies for Global Challenges: Crime Prevention and Criminal Justice Systems and Their Development in a Changing World", []string{"《关于应对全球挑战的综合战略：预防犯罪和刑事司法系统及其在不断变化的世界中的发展的萨尔瓦多宣言》"}},
	{"inst:doha-declaration", []string{kg.LabelInstrument}, "《多哈宣言》", "Doha Declaration on Integrating Crime Prevention and Criminal Justice into the Wider United Nations Agenda to Address Social and Economic Challenges and to Promote the Rule of Law at the National and International Levels, and Public Participation", []string{"《关于将预防犯罪和刑事司法纳入更广泛的联合国议程以应对社会和经济挑战并促进国家和国际两级法治及公众参与的多哈宣言》"}},
	{"inst:kyoto-declaration", []string{kg.LabelInstrument}, "《京都宣言》", "Kyoto Declaration on Advancing Crime Prevention, Criminal Justice and the Rule of Law: Towards the Achievement of the 2030 Agenda for Sustainable Development", []string{"《推进预防犯罪、刑事司法和法治：努力实现 2030 年可持续发展议程的京都宣言》"}},
	{"inst:cybercrime-convention", []string{kg.LabelInstrument}, "《欧洲委员会网络犯罪公约》", "Council of Europe Convention on Cybercrime", nil},

	// Actors that operative paragraphs ask to act.
	{"actor:unodc", []string{kg.LabelActor, kg.LabelOrganization}, "联合国毒品和犯罪问题办公室", "United Nations Office on Drugs and Crime", []string{"毒品和犯罪问题办公室", "毒品和犯罪办公室"}},
	// A body's secretariat ("请缔约方会议秘书处…") is the Secretariat serving it, where the
	// body's name before it hid the addressee.
	{"actor:secretariat", []string{kg.LabelActor, kg.LabelOrganization}, "秘书处", "Secretariat", []string{"缔约方会议秘书处", "缔约国会议秘书处", "委员会秘书处"}},
	{"actor:secretary-general", []string{kg.LabelActor, kg.LabelPerson}, "秘书长", "Secretary-General", nil},
	{"actor:states-parties", []string{kg.LabelActor, kg.LabelCollective}, "缔约国", "States parties", []string{"各缔约国"}},
	{"actor:member-states", []string{kg.LabelActor, kg.LabelCollective}, "会员国", "Member States", []string{"各会员国"}},
	{"actor:states", []string{kg.LabelActor, kg.LabelCollective}, "各国", "States", nil},
	{"actor:donors", []string{kg.LabelActor, kg.LabelCollective}, "捐助方", "Donors", []string{"其他捐助方", "捐助国"}},
	{"actor:all-parties", []string{kg.LabelActor, kg.LabelCollective}, "各方", "All parties", []string{"各有关方", "各有关方面"}},
	{"actor:international-organizations", []string{kg.LabelActor, kg.LabelCollective}, "国际组织", "International organizations", []string{"相关国际和区域组织", "国际和区域组织"}},
	{"actor:civil-society", []string{kg.LabelActor, kg.LabelCollective}, "公民社会", "Civil society", []string{"民间社会"}},
	{"actor:ngos", []string{kg.LabelActor, kg.LabelCollective}, "非政府组织", "Non-governmental organizations", nil},
	{"actor:private-sector", []string{kg.LabelActor, kg.LabelCollective}, "私营部门", "The private sector", nil},
	{"actor:governments", []string{kg.LabelActor, kg.LabelCollective}, "各国政府", "Governments", []string{"有关国家政府"}},
	{"actor:international-community", []string{kg.LabelActor, kg.LabelCollective}, "国际社会", "The international community", nil},
	{"actor:signatories", []string{kg.LabelActor, kg.LabelCollective}, "签署国", "Signatories", []string{"各签署国"}},
	{"actor:un-entities", []string{kg.LabelActor, kg.LabelCollective}, "联合国系统各实体", "United Nations entities", []string{"联合国系统各组织", "联合国各实体", "联合国系统相关实体"}},
	{"actor:regional-economic-integration-organizations", []string{kg.LabelActor, kg.LabelCollective}, "区域经济一体化组织", "Regional economic integration organizations", []string{"区域经济组织"}},
	{"actor:regional-organizations", []string{kg.LabelActor, kg.LabelCollective}, "区域组织", "Regional organizations", []string{"区域和次区域组织", "各区域组织"}},
	{"actor:executive-director", []string{kg.LabelActor, kg.LabelPerson}, "执行主任", "The Executive Director of the United Nations Office on Drugs and Crime", []string{"毒品和犯罪问题办公室执行主任", "联合国毒品和犯罪问题办公室执行主任"}},
	{"actor:bureau", []string{kg.LabelActor, kg.LabelOrganization}, "主席团", "The Bureau", []string{"缔约方会议主席团", "缔约国会议主席团", "委员会主席团"}},
	{"actor:extended-bureau", []string{kg.LabelActor, kg.LabelOrganization}, "扩大主席团", "The extended Bureau", []string{"缔约方会议扩大主席团", "缔约国会议扩大主席团", "委员会扩大主席团"}},

	// Bodies that acts of other bodies address.
	{"actor:ccpcj", []string{kg.LabelActor, kg.LabelOrganization}, "预防犯罪和刑事司法委员会", "Commission on Crime Prevention and Criminal Justice", nil},
	{"actor:cnd", []string{kg.LabelActor, kg.LabelOrganization}, "麻醉药品委员会", "Commission on Narcotic Drugs", nil},
	{"actor:ecosoc", []string{kg.LabelActor, kg.LabelOrganization}, "经济及社会理事会", "Economic and Social Council", []string{"经社理事会"}},

	// Intergovernmental organisations that sponsor drafts, speak as observers or are asked
	// to cooperate, as UN documents name them in Chinese.
	{"actor:eu", []string{kg.LabelActor, kg.LabelOrganization}, "欧洲联盟", "European Union", []string{"欧盟"}},
	{"actor:african-union", []string{kg.LabelActor, kg.LabelOrganization}, "非洲联盟", "African Union", []string{"非盟"}},
	{"actor:oas", []string{kg.LabelActor, kg.LabelOrganization}, "美洲国家组织", "Organization of American States", nil},
	{"actor:osce", []string{kg.LabelActor, kg.LabelOrganization}, "欧洲安全与合作组织", "Organization for Security and Co-operation in Europe", []string{"欧安组织"}},
	{"actor:council-of-europe", []string{kg.LabelActor, kg.LabelOrganization}, "欧洲委员会", "Council of Europe", nil},
	{"actor:league-of-arab-states", []string{kg.LabelActor, kg.LabelOrganization}, "阿拉伯国家联盟", "League of Arab States", nil},
	{"actor:pam", []string{kg.LabelActor, kg.LabelOrganization}, "地中海议会大会", "Parliamentary Assembly of the Mediterranean", nil},
	{"actor:iom", []string{kg.LabelActor, kg.LabelOrganization}, "国际移民组织", "International Organization for Migration", nil},
	{"actor:interpol", []string{kg.LabelActor, kg.LabelOrganization}, "国际刑事警察组织", "International Criminal Police Organization", []string{"国际刑警组织"}},
	{"actor:wco", []string{kg.LabelActor, kg.LabelOrganization}, "世界海关组织", "World Customs Organization", nil},
	{"actor:ilo", []string{kg.LabelActor, kg.LabelOrganization}, "国际劳工组织", "International Labour Organization", nil},
	{"actor:undp", []string{kg.LabelActor, kg.LabelOrganization}, "联合国开发计划署", "United Nations Development Programme", []string{"开发署"}},
	{"actor:unicef", []string{kg.LabelActor, kg.LabelOrganization}, "联合国儿童基金会", "United Nations Children's Fund", []string{"儿童基金会"}},
	{"actor:unhcr", []string{kg.LabelActor, kg.LabelOrganization}, "联合国难民事务高级专员办事处", "Office of the United Nations High Commissioner for Refugees", []string{"难民署", "联合国难民署"}},
	{"actor:ohchr", []string{kg.LabelActor, kg.LabelOrganization}, "联合国人权事务高级专员办事处", "Office of the United Nations High Commissioner for Human Rights", []string{"人权事务高级专员办事处", "人权高专办"}},
	{"actor:unesco", []string{kg.LabelActor, kg.LabelOrganization}, "联合国教育、科学及文化组织", "United Nations Educational, Scientific and Cultural Organization", []string{"教科文组织"}},
	{"actor:unicri", []string{kg.LabelActor, kg.LabelOrganization}, "联合国区域间犯罪和司法研究所", "United Nations Interregional Crime and Justice Research Institute", []string{"犯罪司法所"}},
	// Other entities of the United Nations system and organisations the family's acts ask,
	// and its reports hear, again and again.
	{"actor:incb", []string{kg.LabelActor, kg.LabelOrganization}, "国际麻醉品管制局", "International Narcotics Control Board", []string{"麻管局"}},
	{"actor:who", []string{kg.LabelActor, kg.LabelOrganization}, "世界卫生组织", "World Health Organization", nil},
	{"actor:un-women", []string{kg.LabelActor, kg.LabelOrganization}, "联合国促进性别平等和增强妇女权能署", "United Nations Entity for Gender Equality and the Empowerment of Women (UN-Women)", []string{"联合国妇女署", "妇女署"}},
	{"actor:unoda", []string{kg.LabelActor, kg.LabelOrganization}, "联合国裁军事务厅", "United Nations Office for Disarmament Affairs", []string{"裁军事务厅"}},
	{"actor:world-bank", []string{kg.LabelActor, kg.LabelOrganization}, "世界银行", "World Bank", nil},
	{"actor:imf", []string{kg.LabelActor, kg.LabelOrganization}, "国际货币基金组织", "International Monetary Fund", nil},
	{"actor:oecd", []string{kg.LabelActor, kg.LabelOrganization}, "经济合作与发展组织", "Organisation for Economic Co-operation and Development", []string{"经合组织"}},
	{"actor:iaca", []string{kg.LabelActor, kg.LabelOrganization}, "国际反腐败学院", "International Anti-Corruption Academy", nil},
	{"actor:europol", []string{kg.LabelActor, kg.LabelOrganization}, "欧洲刑警组织", "European Union Agency for Law Enforcement Cooperation (Europol)", nil},
	// The standard setter against money-laundering, whom the Conferences' and the
	// Commission's acts invite to cooperate (no working group of the family's).
	{"actor:fatf", []string{kg.LabelActor, kg.LabelOrganization}, "金融行动特别工作组", "Financial Action Task Force", []string{"反洗钱金融行动特别工作组"}},
	// The Human Rights Council's mandate on trafficking, whom its resolutions on trafficking
	// ask to report.
	{"actor:sr-trafficking", []string{kg.LabelActor, kg.LabelPerson}, "贩运人口特别是妇女和儿童问题特别报告员", "Special Rapporteur on trafficking in persons, especially women and children", []string{"贩运人口问题特别报告员", "人口贩运问题特别报告员"}},
})

// bodyActors are the bodies as an act of another body, or a report's recommendations, ask
// them to act ("邀请联合国反腐败公约缔约国会议审议本决议", "请大会…"): actors, the one
// shape an addressee takes, keyed by the body's code (actor:cosp, actor:ga). The
// commissions and the Council are the lexicon's, which names them wherever a text does;
// the others' names are read only where a mandate addresses them (withBodies), since
// "大会" and "缔约方会议" stand in most sentences of their own documents as the owner of
// an act or a session, where they are no actor.
var bodyActors = func() map[kg.Body]*entity {
	m := map[kg.Body]*entity{
		kg.BodyGA:   {id: "actor:ga", labels: []string{kg.LabelActor, kg.LabelOrganization}, nameZh: "大会", nameEn: "General Assembly"},
		kg.BodyCOP:  {id: "actor:cop", labels: []string{kg.LabelActor, kg.LabelOrganization}, nameZh: "缔约方会议", nameEn: "Conference of the Parties to the United Nations Convention against Transnational Organized Crime"},
		kg.BodyCOSP: {id: "actor:cosp", labels: []string{kg.LabelActor, kg.LabelOrganization}, nameZh: "联合国反腐败公约缔约国会议", nameEn: "Conference of the States Parties to the United Nations Convention against Corruption"},
		kg.BodyHRC:  {id: "actor:hrc", labels: []string{kg.LabelActor, kg.LabelOrganization}, nameZh: "人权理事会", nameEn: "Human Rights Council"},
		kg.BodySC:   {id: "actor:sc", labels: []string{kg.LabelActor, kg.LabelOrganization}, nameZh: "安全理事会", nameEn: "Security Council"},
	}
	for body, name := range map[kg.Body]string{kg.BodyCCPCJ: "预防犯罪和刑事司法委员会", kg.BodyCND: "麻醉药品委员会", kg.BodyECOSOC: "经济及社会理事会"} {
		m[body] = entityNamed(name)
	}
	return m
}()

// bodyActor returns the actor a body is as an addressee.
func bodyActor(b kg.Body) *entity { return bodyActors[b] }

// protocolTitleRE reads the full title of a protocol to the Convention: "《联合国打击跨国有组织
// 犯罪公约关于…的补充议定书》".
var protocolTitleRE = regexp.MustCompile(`^《联合国打击跨国有组织犯罪公约关于(.+)的补充议定书》$`)

// withShortTitles adds to each protocol the forms texts cut its full title to: without the
// Convention's name ("《关于…的补充议定书》"), without 补充 as well, which the lexicon gives
// as its name, and without 关于 ("《打击…弹药的议定书》", and with 补充, as the Assembly's
// resolutions write it: "《预防、禁止和惩治…行为的补充议定书》"). A citation of the protocol under any of them is one instrument's.
func withShortTitles(lex []entity) []entity {
	for i := range lex {
		e := &lex[i]
		for _, f := range append([]string{e.nameZh}, e.aliases...) {
			m := protocolTitleRE.FindStringSubmatch(f)
			if m == nil {
				continue
			}
			for _, short := range []string{"《关于" + m[1] + "的补充议定书》", "《联合国打击跨国有组织犯罪公约关于" + m[1] + "的议定书》", "《" + m[1] + "的议定书》", "《" + m[1] + "的补充议定书》"} {
				if short != e.nameZh && !slices.Contains(e.aliases, short) {
					e.aliases = append(e.aliases, short)
				}
			}
		}
	}
	return lex
}

// entityNamed returns the entity one of whose written forms is name, or nil.
func entityNamed(name string) *entity {
	return entityForms[name]
}

var entityForms = func() map[string]*entity {
	m := map[string]*entity{}
	for i := range lexicon {
		e := &lexicon[i]
		m[e.nameZh] = e
		for _, a := range e.aliases {
			m[a] = e
		}
	}
	return m
}()

// notNames are words that open with a written form and name no entity: "各方面" (in every
// respect) is not 各方 (all parties), whereas "各方向…提供" is 各方 then 向.
var notNames = []string{"各方面"}

// notNameAt gives, by the index of a form in surfaces, the word of notNames that opens with
// it, or "": findEntities drops a hit of the form where that word stands.
var notNameAt = func() []string {
	out := make([]string, len(surfaces))
	for i, sf := range surfaces {
		for _, w := range notNames {
			if strings.HasPrefix(w, sf.form) && len(w) > len(sf.form) {
				out[i] = w
			}
		}
	}
	return out
}()

// bodyForms are the bare names a body's documents give its own convention and organs,
// which name another entity, or none, in another body's documents: in a document of the
// Conference of the States Parties, "《公约》" is the Convention against Corruption (elsewhere
// the lexicon's Convention against Transnational Organized Crime) and "实施情况审议组" the
// Convention's Implementation Review Group (elsewhere none of the lexicon's: a COP report's
// "巴勒莫实施情况审议组" is its own Convention's). findEntitiesOf reads them in such a
// document.
var bodyForms = []bodyForm{
	{kg.BodyCOSP, "《公约》", "inst:uncac"},
	{kg.BodyCOSP, "实施情况审议组", "wg:uncac-implementation-review-group"},
}

// bodyForm is a form that names the entity of the lexicon whose id it gives in documents of
// body.
type bodyForm struct {
	body     kg.Body
	form, id string
}

// surface is one written form of an entity.
type surface struct {
	form string
	ent  *entity
	body kg.Body // the body in whose documents alone the form names ent, or "" for any
}

// surfaces lists every written form, longest first, so that the longest form wins where
// one contains another ("《联合国打击…补充议定书》" over "《联合国打击跨国有组织犯罪公约》"),
// and a body's form before the lexicon's of the same length, which it then overrides.
var surfaces = func() []surface {
	var out []surface
	for i := range lexicon {
		e := &lexicon[i]
		out = append(out, surface{e.nameZh, e, ""})
		for _, a := range e.aliases {
			out = append(out, surface{a, e, ""})
		}
	}
	for _, bf := range bodyForms {
		k := slices.IndexFunc(lexicon, func(e entity) bool { return e.id == bf.id })
		if k < 0 {
			panic("loader: a body's form " + bf.form + " names no entity of the lexicon: " + bf.id)
		}
		out = append(out, surface{bf.form, &lexicon[k], bf.body})
	}
	sort.SliceStable(out, func(i, j int) bool {
		if len(out[i].form) != len(out[j].form) {
			return len(out[i].form) > len(out[j].form)
		}
		return out[i].body != "" && out[j].body == ""
	})
	return out
}()

// groupRE finds a working group or an expert group the lexicon does not name: a topic of
// two to eight Chinese characters, "问题", optional qualifiers, "工作组" or "专家组".
var groupRE = regexp.MustCompile(`(\p{Han}{2,8})问题(?:的)?((?:政府专家|不限成员名额|政府间|临时)*)(?:工作组|专家组)`)

// groupQualifiers may open a group's name before its topic, whole or cut.
var groupQualifiers = []string{"不限成员名额", "成员名额", "名额", "政府间", "临时", "政府专家"}

// groupTopicStop are characters that cannot stand inside a group's topic: where one stands
// before "问题", the topic begins after it ("请枪支问题工作组" is the firearms group).
const groupTopicStop = "见请的和及在向由将与了为对其该于并还又欢迎赞可通过设立决定注意到个这此"

// afterTopicStop returns what follows the last character of groupTopicStop in topic, or
// topic where none stands in it.
func afterTopicStop(topic string) string {
	for i := len(topic); i > 0; {
		r, size := decodeLastRune(topic[:i])
		if _, stop := groupTopicStops[r]; stop {
			return topic[i:]
		}
		i -= size
	}
	return topic
}

var groupTopicStops = func() map[rune]struct{} {
	m := map[rune]struct{}{}
	for _, r := range groupTopicStop {
		m[r] = struct{}{}
	}
	return m
}()

// groupTopics maps the topic of a working group of the lexicon ("枪支" in 枪支问题工作组) to
// it: a group found by groupRE under another name but with one of these topics is that
// group ("偷运移民问题不限成员名额政府间临时工作组" is the smuggling of migrants group,
// established under its first name).
var groupTopics = map[string]*entity{}

func init() {
	for i := range lexicon {
		e := &lexicon[i]
		if e.labels[0] != kg.LabelWorkingGroup {
			continue
		}
		for _, name := range append([]string{e.nameZh}, e.aliases...) {
			if m := groupRE.FindStringSubmatch(name); m != nil && m[0] == name {
				groupTopics[m[1]] = e
			}
		}
	}
}

// entityMention is an entity named in a text.
type entityMention struct {
	ent   *entity
	start int // rune offsets in the text
	end   int
	quote string
	// byte offsets of the same span, for callers that cut the text around a mention
	startByte, endByte int
}

// formEntry is a written form as the scan of findEntities tries it where it may begin: its
// first eight bytes (all of a shorter form's, the rest masked off) and its last eight,
// which a comparison of a word of the text each checks, then the bytes between them.
type formEntry struct {
	head, mask uint64
	tail       uint64 // of a form longer than eight bytes
	form, mid  string // mid: the form without its first and last eight bytes
	size       int    // the form's length in bytes
	runes      int
	rank       int // the form's index in surfaces, or groupMark for groupWord and expertsWord
}

// formBuckets groups the forms (in the order of surfaces) by formKey, and formBucket gives
// each key's group, plus one (0 for none). One pass over a text then tries only the forms
// that may start at each character, where a search for every form would read the text once
// per form; the table is small enough to stay in the fastest cache. The same pass notes
// where "工作组" and "专家组" stand, for groupRE.
var (
	formBuckets [][]formEntry
	formBucket  [1 << 12]uint8
	// formEighth holds for each bucket (by formBucket's value) a bit for each value of the
	// low six bits of the eighth byte of its forms (all the bits for a form shorter than
	// that): where the text's eighth byte has none, no form of the bucket begins there.
	// That byte is the third character's second: it tells 国际组织 from 国际合作.
	formEighth [256]uint64
)

const (
	groupWord   = "工作组" // the word a working group's name ends in
	expertsWord = "专家组" // and an expert group's
	groupMark   = -1
)

// formKey returns six bits of each of the first two characters of the bytes w (as loadUpTo8
// reads them), which begin with two characters of three bytes in UTF-8, as every written
// form does: the low bits of their last bytes.
func formKey(w uint64) int { return int(w>>16&0x3f)<<6 | int(w>>40&0x3f) }

// formChar tells, for the key (charKey) of a character, whether forms begin with such a
// character (firstChar) and whether one is second in a form (secondChar).
var formChar [1 << 12]uint8

const (
	firstChar  = 1 << iota // a form begins with a character of the key
	secondChar             // a form's second character has the key
)

// charKey returns six bits of each of the last two bytes of the character of three bytes
// that the bytes w begin with: the low bits of its code point.
func charKey(w uint64) int { return int(w>>8&0x3f)<<6 | int(w>>16&0x3f) }

// loadUpTo8 returns the first eight bytes of s as load64 does, or all of a shorter s, the
// missing bytes zero (a form longer than s fails on its length).
func loadUpTo8(s string) uint64 {
	if len(s) >= 8 {
		return load64(s[:8])
	}
	var w uint64
	for i := len(s) - 1; i >= 0; i-- {
		w = w<<8 | uint64(s[i])
	}
	return w
}

func init() {
	add := func(form string, rank int) {
		_, n1 := utf8.DecodeRuneInString(form)
		_, n2 := utf8.DecodeRuneInString(form[n1:])
		if n1 != 3 || n2 != 3 {
			panic("loader: findEntities finds forms that begin with two characters of three bytes, unlike " + form)
		}
		n := min(len(form), 8)
		f := formEntry{head: loadUpTo8(form), mask: ^uint64(0) >> (64 - 8*n), form: form, size: len(form), runes: runeLen(form), rank: rank}
		if len(form) > 8 {
			f.tail = load64(form[len(form)-8:])
			f.mid = form[8:max(8, len(form)-8)]
		}
		formChar[charKey(f.head)] |= firstChar
		formChar[charKey(f.head>>24)] |= secondChar
		k := formKey(f.head)
		if formBucket[k] == 0 {
			if len(formBuckets) == 255 {
				panic("loader: findEntities keys the lexicon's forms in at most 255 buckets")
			}
			formBuckets = append(formBuckets, nil)
			formBucket[k] = uint8(len(formBuckets)) // the lexicon is far smaller than 255 keys
		}
		formBuckets[formBucket[k]-1] = append(formBuckets[formBucket[k]-1], f)
		if len(form) >= 8 {
			formEighth[formBucket[k]] |= 1 << (form[7] & 0x3f)
		} else {
			formEighth[formBucket[k]] = ^uint64(0)
		}
	}
	seen := map[surface]bool{}
	for i, sf := range surfaces {
		key := surface{form: sf.form, body: sf.body}
		if seen[key] {
			// The scan reports one hit per form and place: a second entity of the form would
			// be lost, where a search for each form would give it the text its twin leaves.
			// A body's form is read in its documents alone, where it overrides its twin.
			panic("loader: two entities are written " + sf.form)
		}
		seen[key] = true
		add(sf.form, i)
	}
	add(groupWord, groupMark)
	add(expertsWord, groupMark)
}

// entityHit is an occurrence of a written form in a text, at bytes [s, e) and runes [rs, re).
type entityHit struct {
	s, e, rs, re int
	ent          *entity
	rank         int // the form's index in surfaces: the order in which forms claim text
}

// findEntities returns the entities named in text, in order, without overlaps: longer
// written forms claim their text first, so where forms overlap the longest wins. Working
// groups that the lexicon lacks are found by groupRE and get an id from their name.
func findEntities(text string) []entityMention { return findEntitiesOf(text, "") }

// findEntitiesOf is findEntities for a text of a document of body, which reads the forms of
// that body's own (bodyForms) as well, over their twins of the lexicon.
func findEntitiesOf(text string, body kg.Body) []entityMention {
	return appendEntitiesOf(nil, text, body)
}

// appendEntitiesOf appends to buf the entities findEntitiesOf finds in text and returns the
// extended buffer (buf itself where none is found): a caller that reads paragraph after
// paragraph reuses one buffer, where each paragraph's entities took a slice of their own.
func appendEntitiesOf(buf []entityMention, text string, body kg.Body) []entityMention {
	var (
		hitBuf [8]entityHit // on the stack for the usual text, which names a few entities
		hits   = hitBuf[:0]
		groups []int // where groupWord or expertsWord stands
	)
	for i, r := 0, 0; ; i += 3 {
		var w uint64
		var k uint8
		if i, r, w, k = nextCandidate(text, i, r); k == 0 {
			break
		}
		fs := formBuckets[k-1]
		for j := formAt(text, i, w, fs, 0); j >= 0; j = formAt(text, i, w, fs, j+1) {
			if f := &fs[j]; f.rank == groupMark {
				groups = append(groups, i)
			} else if sf := &surfaces[f.rank]; sf.body != "" && sf.body != body {
				continue // another body's own name
			} else if w := notNameAt[f.rank]; w == "" || !strings.HasPrefix(text[i:], w) {
				hits = append(hits, entityHit{i, i + f.size, r, r + f.runes, sf.ent, f.rank})
			}
		}
		r++
	}
	if len(hits) == 0 && len(groups) == 0 {
		return buf
	}
	hits = claimByRank(hits)
	if len(groups) > 0 {
		hits = claimGroups(text, hits, groups)
	}
	if len(hits) == 0 {
		return buf
	}
	out := slices.Grow(buf, len(hits))
	for _, h := range hits {
		out = append(out, entityMention{ent: h.ent, start: h.rs, end: h.re, quote: text[h.s:h.e], startByte: h.s, endByte: h.e})
	}
	return out
}

// nextCandidate returns the first byte at or after i where a form may begin: where a
// character of three bytes begins whose key (formKey) has a bucket of forms, k, plus one,
// and whose eighth byte may be one of the bucket's (formEighth). It returns the runes
// before that byte (r counted on from i) and the text's bytes there, as loadUpTo8 reads
// them; k is 0 where no form may begin in the rest of text. Most characters are in no
// form's first two (formChar): the scan then steps over two at a time. This is the scan's
// inner loop, apart from findEntities so that its few variables stay in registers.
//
// Every form begins with a character of three bytes. The text is valid UTF-8: a byte below
// 0xe0 begins a rune of one or two bytes, or continues one, and the scan steps over it,
// counting the runes it begins; a byte from 0xe0 on begins a rune of three or four bytes,
// and a step of three bytes leaves the fourth to the next.
func nextCandidate(text string, i, r int) (int, int, uint64, uint8) {
	// The tables, held in registers: the compiler loads a global's address anew at each use.
	bucket, char, eighth := &formBucket, &formChar, &formEighth
	for len(text)-i >= 8 {
		w := load64(text[i:])
		if c := byte(w); c < 0xe0 {
			if c < utf8.RuneSelf {
				// A run of ASCII (spaces, digits, symbols): each byte a rune, all of the
				// word's before its first byte beyond ASCII stepped over at once.
				n := 8
				if high := w & 0x8080808080808080; high != 0 {
					n = bits.TrailingZeros64(high) / 8
				}
				r += n
				i += n
				continue
			}
			if c&0xc0 != 0x80 {
				r++
			}
			i++
			continue
		}
		// The next character: where it is none of three bytes (or four), no form begins
		// here. Where it is second in no form, or the two are the first of none, no form
		// begins here; where no form begins with it either, none begins there, and the
		// scan steps over both.
		if byte(w>>24) < 0xe0 {
			r++
			i += 3
			continue
		}
		next := char[charKey(w>>24)]
		if next == 0 { // the usual character, in no form's first two
			r += 2
			i += 6
			continue
		}
		if next&secondChar != 0 {
			if k := bucket[formKey(w)]; k > 0 && eighth[k]>>(w>>56&0x3f)&1 != 0 {
				return i, r, w, k
			}
		}
		if next&firstChar == 0 {
			r += 2
			i += 6
			continue
		}
		r++
		i += 3
	}
	for i+6 <= len(text) { // the last bytes, too few for load64
		w := loadUpTo8(text[i:])
		if c := byte(w); c < 0xe0 {
			if c&0xc0 != 0x80 {
				r++
			}
			i++
			continue
		}
		if k := formBucket[formKey(w)]; k > 0 && formEighth[k]>>(w>>56&0x3f)&1 != 0 {
			return i, r, w, k
		}
		r++
		i += 3
	}
	return i, r, 0, 0
}

// formAt returns the index of the first form of fs from j on that text holds at byte i, or
// -1; w is the text's bytes there, as loadUpTo8 reads them. It compares words of eight
// bytes, where a comparison of strings would call a function that the scan's variables
// would have to be saved around.
func formAt(text string, i int, w uint64, fs []formEntry, j int) int {
	for ; j < len(fs); j++ {
		f := &fs[j]
		if w&f.mask != f.head || len(text)-i < f.size {
			continue
		}
		if f.size <= 8 {
			return j
		}
		// The form's last eight bytes, then the bytes between its first and last eight.
		at := text[i : i+f.size]
		if load64(at[f.size-8:]) != f.tail {
			continue
		}
		if f.size <= 16 {
			return j // the first and last eight bytes cover it
		}
		mid, want := at[8:f.size-8], f.mid
		for len(mid) >= 8 && load64(mid[:8]) == load64(want[:8]) {
			mid, want = mid[8:], want[8:]
		}
		if len(mid) >= 8 {
			continue
		}
		if len(mid) == 0 || load64(at[f.size-8-len(mid):]) == load64(f.form[f.size-8-len(mid):]) {
			return j
		}
	}
	return -1
}

// claimByRank returns the hits that claim their text, in order, from hits in the order of
// the scan (by start, then rank). Forms claim text in the order of surfaces, each from left
// to right; an occurrence of a form that overlaps its own previous one is not one (as a
// search that resumes after each occurrence would find). A hit competes only with the hits
// it overlaps, so each cluster of hits that overlap one another, one after the other, is
// settled by itself, and a hit that overlaps none, as most do, claims its text.
func claimByRank(hits []entityHit) []entityHit {
	out := hits[:0] // filtered in place: it never gets ahead of the loop
	for a := 0; a < len(hits); {
		b, end := a+1, hits[a].e
		for b < len(hits) && hits[b].s < end {
			end = max(end, hits[b].e)
			b++
		}
		if b == a+1 {
			out = append(out, hits[a])
			a = b
			continue
		}
		cluster, from := hits[a:b], hits[a].s
		var small [256]bool // on the stack for the usual cluster
		taken := small[:]   // the cluster's bytes, from its start
		if end-from > len(small) {
			taken = make([]bool, end-from)
		}
		slices.SortStableFunc(cluster, func(x, y entityHit) int { return x.rank - y.rank })
		first := len(out)
		rank, last := -1, 0 // the form last seen and the end of its last occurrence
		for _, h := range cluster {
			if h.rank == rank && h.s < last {
				continue
			}
			rank, last = h.rank, h.e
			if claim(taken, h.s-from, h.e-from) {
				out = append(out, h)
			}
		}
		slices.SortFunc(out[first:], func(x, y entityHit) int { return x.s - y.s }) // claimed spans never share a start
		a = b
	}
	return out
}

// claimGroups adds to hits, the lexicon's claims in order, the working groups that groupRE
// finds where "工作组" or "专家组" stands and the text is free, in order.
func claimGroups(text string, hits []entityHit, groups []int) []entityHit {
	var found []entityHit // the groups' claims
	for _, m := range findGroups(text, groups, hits) {
		topic := afterTopicStop(text[m[2]:m[3]])
		// Qualifiers may stand before the topic as well as after it ("不限成员名额技术援助问题
		// 临时政府专家工作组"), cut short where the topic's bound falls inside them.
		for again := true; again; {
			again = false
			for _, q := range groupQualifiers {
				if t, ok := strings.CutPrefix(topic, q); ok && runeLen(t) >= 2 {
					topic, again = t, true
				}
			}
		}
		if runeLen(topic) < 2 {
			continue
		}
		s := m[3] - len(topic)
		name := text[s:m[1]]
		ent := groupTopics[topic]
		if ent == nil {
			// "…问题的政府间专家组" is the "…问题政府间专家组": one name, one id.
			key := strings.Replace(name, "问题的", "问题", 1)
			ent = &entity{id: "wg:" + key, labels: []string{kg.LabelWorkingGroup}, nameZh: key}
		}
		if !overlaps(hits, s, m[1]) && !slices.ContainsFunc(found, func(h entityHit) bool { return h.s < m[1] && s < h.e }) {
			rs := runeLen(text[:s])
			found = append(found, entityHit{s: s, e: m[1], rs: rs, re: rs + runeLen(name), ent: ent})
		}
	}
	if len(found) == 0 {
		return hits
	}
	hits = append(hits, found...)
	slices.SortFunc(hits, func(a, b entityHit) int { return a.s - b.s }) // claimed spans never share a start
	return hits
}

// overlaps reports whether one of hits, which are in order and apart, overlaps the bytes
// [s, e): whether the first that ends after s begins before e.
func overlaps(hits []entityHit, s, e int) bool {
	k, _ := slices.BinarySearchFunc(hits, s, func(h entityHit, s int) int {
		if h.e <= s {
			return -1
		}
		return 1
	})
	return k < len(hits) && hits[k].s < e
}

// claim marks the bytes [s, e) as taken and reports true, unless one of them is taken.
func claim(taken []bool, s, e int) bool {
	for i := s; i < e; i++ {
		if taken[i] {
			return false
		}
	}
	for i := s; i < e; i++ {
		taken[i] = true
	}
	return true
}

// findGroups returns the matches of groupRE in text, as FindAllStringSubmatchIndex does, in
// the runs of Chinese characters that hold a place of groups (all the places, in order,
// where "工作组" or "专家组" stands) that no hit of the lexicon takes: where a form takes
// it, no group can claim its text, and groupRE need not be run around it. A match is made of Chinese
// characters alone, so it lies in one such run, and the runs can be searched one by one;
// in a run, no match begins more than eight characters before its first "问题" or ends
// after its last "工作组" or "专家组".
func findGroups(text string, groups []int, hits []entityHit) [][]int {
	if !contains(text, "问题") {
		return nil // every match holds it
	}
	var out [][]int
	from := 0
	for k, g := range groups {
		if g < from || overlaps(hits, g, g+1) {
			continue // in a run searched already, or a form's
		}
		s, e := g, g
		for s > from {
			size := hanBefore(text[from:s])
			if size == 0 {
				break
			}
			s -= size
		}
		for e < len(text) {
			size := hanAt(text[e:])
			if size == 0 {
				break
			}
			e += size
		}
		from = e
		last := g // the last group word of the run: groups holds them all, in order
		for _, h := range groups[k+1:] {
			if h >= e {
				break
			}
			last = h
		}
		e = last + len(groupWord)
		q := index(text[s:e], "问题")
		if q < 0 {
			continue
		}
		for n := 0; n < 8 && q > 0; n++ {
			_, size := decodeLastRune(text[s : s+q])
			q -= size
		}
		s += q
		for _, m := range groupMatches(text[s:e]) {
			for k := range m {
				m[k] += s
			}
			out = append(out, m)
		}
	}
	return out
}

// isHanRune reports whether r is a Chinese character, as \p{Han} reads one: at once for the
// CJK Unified Ideographs (U+4E00 to U+9FFF), which are all Han and nearly all the
// characters of a Chinese text, and by the table for the others.
func isHanRune(r rune) bool { return r >= 0x4e00 && r <= 0x9fff || unicode.Is(unicode.Han, r) }

// hanAt returns the size of the Chinese character s begins with, or 0. A CJK Unified
// Ideograph (U+4E00 to U+9FFF: E4 B8 80 to E9 BF BF) is told from its bytes at once, in a
// function small enough to be inlined; other runes are decoded.
func hanAt(s string) int {
	if len(s) >= 3 && isUnifiedIdeograph(uint32(s[0])<<16|uint32(s[1])<<8|uint32(s[2])) {
		return 3
	}
	return decodedHanAt(s)
}

// isUnifiedIdeograph reports whether the three bytes of v (the first the highest) encode a
// CJK Unified Ideograph: between E4 B8 80 and E9 BF BF, their last two continuation bytes,
// in which range the encodings run in the order of the code points.
func isUnifiedIdeograph(v uint32) bool { return v-0xe4b880 <= 0xe9bfbf-0xe4b880 && v&0xc0c0 == 0x8080 }

func decodedHanAt(s string) int {
	if r, size := decodeRune(s); isHanRune(r) {
		return size
	}
	return 0
}

// hanBefore returns the size of the Chinese character s ends with, or 0, as hanAt does.
func hanBefore(s string) int {
	if n := len(s); n >= 3 && isUnifiedIdeograph(uint32(s[n-3])<<16|uint32(s[n-2])<<8|uint32(s[n-1])) {
		return 3
	}
	return decodedHanBefore(s)
}

func decodedHanBefore(s string) int {
	if r, size := decodeLastRune(s); isHanRune(r) {
		return size
	}
	return 0
}

// groupQualifierWords are the qualifiers groupRE allows between "问题" and "工作组", in its
// order.
var groupQualifierWords = []string{"政府专家", "不限成员名额", "政府间", "临时"}

// groupMatches returns groupRE.FindAllStringSubmatchIndex(s, -1) for valid UTF-8 s, without
// the regexp machine, which costs more than all the rest of findEntities. The expression is
// searched as the machine searches it, leftmost first: at each place from left to right,
// the topic of eight Chinese characters down to two, the first that "问题" follows. What
// may follow 问题 leaves no choice: 的 or not, the qualifiers (no one of which begins
// another) as long as they repeat, then 工作组 or 专家组, or no match, as none of these
// begins with the characters of another that may stand there instead.
func groupMatches(s string) [][]int {
	var out [][]int
	for p := 0; p < len(s); {
		m := groupMatchAt(s, p)
		if m == nil {
			_, size := decodeRune(s[p:])
			p += size
			continue
		}
		out = append(out, m)
		p = m[1]
	}
	return out
}

// groupMatchAt returns the submatches of groupRE's match at byte p of s, or nil.
func groupMatchAt(s string, p int) []int {
	var ends [9]int // after one, two, … eight Chinese characters from p
	ends[0] = p
	n := 0
	for n < 8 {
		size := hanAt(s[ends[n]:])
		if size == 0 {
			break
		}
		ends[n+1] = ends[n] + size
		n++
	}
	for ; n >= 2; n-- {
		topicEnd := ends[n]
		if !strings.HasPrefix(s[topicEnd:], "问题") {
			continue
		}
		q := topicEnd + len("问题")
		if strings.HasPrefix(s[q:], "的") {
			q += len("的")
		}
		e := q
		for again := true; again; {
			again = false
			for _, w := range groupQualifierWords {
				if strings.HasPrefix(s[e:], w) {
					e, again = e+len(w), true
					break
				}
			}
		}
		if strings.HasPrefix(s[e:], groupWord) || strings.HasPrefix(s[e:], expertsWord) {
			return []int{p, e + len(groupWord), p, topicEnd, q, e}
		}
	}
	return nil
}

// node returns the entity's node. Names are defaults where the entity was found by a rule
// rather than by the lexicon, so that a lexicon entry loaded later wins.
func (e *entity) node() kg.Node {
	props := make(kg.Props, 0, 3)
	if len(e.aliases) > 0 {
		props.Set(kg.PropAliases, append([]string{e.nameZh}, e.aliases...))
	}
	props.Set(kg.PropName, e.nameZh)
	if e.nameEn != "" {
		props.Set(kg.PropNameEn, e.nameEn)
	}
	return kg.Node{ID: e.id, Labels: e.labels, Properties: props}
}
