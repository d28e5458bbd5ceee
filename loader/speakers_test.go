package loader

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// spoke is what a test expects of one speaker.
type spoke struct {
	Name, Office, Kind, Capacity, Behalf, Node string
	Person                                     string // who holds the office, and the State of their delegation
	Signatory                                  bool
}

func TestSpeakerRules(t *testing.T) {
	for _, tc := range []struct {
		name string
		text string
		want []spoke
	}{
		{"list before the verb, States", "31. 挪威、罗马尼亚、美国和黎巴嫩的代表作了发言。", []spoke{
			{Name: "挪威", Kind: "statement", Capacity: "representative", Node: "state:nor"},
			{Name: "罗马尼亚", Kind: "statement", Capacity: "representative", Node: "state:rou"},
			{Name: "美国", Kind: "statement", Capacity: "representative", Node: "state:usa"},
			{Name: "黎巴嫩", Kind: "statement", Capacity: "representative", Node: "state:lbn"},
		}},
		{"a State whose name holds 和, last", "特立尼达和多巴哥、波斯尼亚和黑塞哥维那和安提瓜和巴布达的代表作了发言。", []spoke{
			{Name: "特立尼达和多巴哥", Kind: "statement", Capacity: "representative", Node: "state:tto"},
			{Name: "波斯尼亚和黑塞哥维那", Kind: "statement", Capacity: "representative", Node: "state:bih"},
			{Name: "安提瓜和巴布达", Kind: "statement", Capacity: "representative", Node: "state:atg"},
		}},
		{"two organisations the lexicon lacks, joined by 和", "国际刑法学会和世界银行集团的观察员作了发言。", []spoke{
			{Name: "国际刑法学会", Kind: "statement", Capacity: "observer", Node: "actor:国际刑法学会"},
			{Name: "世界银行集团", Kind: "statement", Capacity: "observer", Node: "actor:世界银行集团"},
		}},
		{"two organisations, one named …国际", "透明国际和国际商会的观察员作了发言。", []spoke{
			{Name: "透明国际", Kind: "statement", Capacity: "observer", Node: "actor:透明国际"},
			{Name: "国际商会", Kind: "statement", Capacity: "observer", Node: "actor:国际商会"},
		}},
		{"experts of an expert group", "在审议议程项目 2 期间，下列国家的专家作了发言：德国和法国。", []spoke{
			{Name: "德国", Kind: "statement", Capacity: "expert", Node: "state:deu"},
			{Name: "法国", Kind: "statement", Capacity: "expert", Node: "state:fra"},
		}},
		{"an organisation said to be one before its name", "11. 一个非政府组织国际刑法改革协会的观察员作了发言。", []spoke{
			{Name: "国际刑法改革协会", Kind: "statement", Capacity: "observer", Node: "actor:国际刑法改革协会"},
		}},
		{"signatory observer, prefix", "32. 签署国日本的观察员也作了发言。", []spoke{
			{Name: "日本", Kind: "statement", Capacity: "observer", Node: "state:jpn", Signatory: true},
		}},
		{"signatory observers, qualifier after", "泰国和日本这两个签署国的观察员也作了发言。", []spoke{
			{Name: "泰国", Kind: "statement", Capacity: "observer", Node: "state:tha", Signatory: true},
			{Name: "日本", Kind: "statement", Capacity: "observer", Node: "state:jpn", Signatory: true},
		}},
		{"introductory, an organ with its representative", "42. 秘书处代表作了介绍性发言。", []spoke{
			{Name: "秘书处", Kind: "introductory", Capacity: "representative", Node: "actor:secretariat"},
		}},
		{"an office of an organisation, abbreviation in brackets", "30. 联合国毒品和犯罪问题办公室（毒品和犯罪问题办公室）条约事务司司长作了介绍性发言。", []spoke{
			{Name: "联合国毒品和犯罪问题办公室条约事务司司长", Office: "条约事务司司长", Kind: "introductory", Node: "actor:unodc"},
		}},
		{"opening statements, offices and groups spoken for",
			"4. 在本届会议 2012 年 10 月 15 日第 1 次会议上，作开幕发言的有：斯洛文尼亚总统、智利代表（代表联合国会员国中的 77 国集团成员国和中国）和萨尔瓦多代表。发言的还有多民族玻利维亚国司法部长、以及墨西哥内政部长。", []spoke{
				{Name: "斯洛文尼亚总统", Office: "总统", Kind: "opening", Node: "state:svn"},
				{Name: "智利", Kind: "opening", Capacity: "representative", Behalf: "联合国会员国中的 77 国集团成员国和中国", Node: "state:chl"},
				{Name: "萨尔瓦多", Kind: "opening", Capacity: "representative", Node: "state:slv"},
				{Name: "多民族玻利维亚国司法部长", Office: "司法部长", Kind: "opening", Node: "state:bol"},
				{Name: "墨西哥内政部长", Office: "内政部长", Kind: "opening", Node: "state:mex"},
			}},
		{"list after the verb, observers of NGOs", "24. 下列非政府组织的观察员也作了发言：妇女与发展论坛、全球反对贩运妇女联盟和透明国际。", []spoke{
			{Name: "妇女与发展论坛", Kind: "statement", Capacity: "observer", Node: "actor:妇女与发展论坛"},
			{Name: "全球反对贩运妇女联盟", Kind: "statement", Capacity: "observer", Node: "actor:全球反对贩运妇女联盟"},
			{Name: "透明国际", Kind: "statement", Capacity: "observer", Node: "actor:透明国际"},
		}},
		{"list after the verb, States, a line break inside a name", "21. 缔约方会议听取了下列国家的代表所作的发言：俄罗斯联邦、加拿\n大、罗马教廷和贝宁。", []spoke{
			{Name: "俄罗斯联邦", Kind: "statement", Capacity: "representative", Node: "state:rus"},
			{Name: "加拿大", Kind: "statement", Capacity: "representative", Node: "state:can"},
			{Name: "罗马教廷", Kind: "statement", Capacity: "representative", Node: "state:vat"},
			{Name: "贝宁", Kind: "statement", Capacity: "representative", Node: "state:ben"},
		}},
		{"an organisation the lexicon knows, and a person by office", "国际移民组织的观察员和移民人权问题特别报告员也作了发言。", []spoke{
			{Name: "国际移民组织", Kind: "statement", Capacity: "observer", Node: "actor:iom"},
			{Name: "移民人权问题特别报告员", Kind: "statement", Node: "actor:移民人权问题特别报告员"},
		}},
		{"a name that holds 、 and 及", "100. 联合国教育、科学及文化组织观察员作了发言。", []spoke{
			{Name: "联合国教育、科学及文化组织", Kind: "statement", Capacity: "observer", Node: "actor:unesco"},
		}},
		{"heard, the list after 听取了", "113. 缔约方会议还听取了日本和伊朗伊斯兰共和国的观察员所作的发言。", []spoke{
			{Name: "日本", Kind: "statement", Capacity: "observer", Node: "state:jpn"},
			{Name: "伊朗伊斯兰共和国", Kind: "statement", Capacity: "observer", Node: "state:irn"},
		}},
		{"a lone unknown name that holds 和 stays whole", "贩运人口特别是贩运妇女和儿童问题特别报告员也作了发言。", []spoke{
			{Name: "贩运人口特别是贩运妇女和儿童问题特别报告员", Kind: "statement", Node: "actor:贩运人口特别是贩运妇女和儿童问题特别报告员"},
		}},
		{"an organisation that is a meeting", "伊比利亚—美洲国家司法部长会议也作了发言。", []spoke{
			{Name: "伊比利亚—美洲国家司法部长会议", Kind: "statement", Node: "actor:伊比利亚—美洲国家司法部长会议"},
		}},
		{"speakers in general are nobody in particular", "25. 几位发言者认识到跨国有组织犯罪的日益复杂性。许多发言者强调了有组织犯罪的影响。", nil},
		{"a closing statement by an officer", "在第 10 次会议上，主席作了闭幕发言。", []spoke{
			{Name: "主席", Kind: "closing", Node: "actor:主席"},
		}},
		{"on behalf of, in the name of, in reply", "智利代表代表 77 国集团和中国作了发言。也门代表以 77 国集团和中国的名义作了发言。阿塞拜疆代表行使答辩权作了发言。", []spoke{
			{Name: "智利", Kind: "statement", Capacity: "representative", Behalf: "77国集团和中国", Node: "state:chl"},
			{Name: "也门", Kind: "statement", Capacity: "representative", Behalf: "77国集团和中国", Node: "state:yem"},
			{Name: "阿塞拜疆", Kind: "reply", Capacity: "representative", Node: "state:aze"},
		}},
		{"heard, without 所作, joined by 和 and 以及", "审议组还听取了德国和法国的代表以及厄瓜多尔代表（代表拉丁美洲和加勒比国家组）的发言。", []spoke{
			{Name: "德国", Kind: "statement", Capacity: "representative", Node: "state:deu"},
			{Name: "法国", Kind: "statement", Capacity: "representative", Node: "state:fra"},
			{Name: "厄瓜多尔", Kind: "statement", Capacity: "representative", Behalf: "拉丁美洲和加勒比国家组", Node: "state:ecu"},
		}},
		{"发了言, and a longer kind of statement", "秘鲁的观察员也发了言。美国代表作了解释立场的发言。", []spoke{
			{Name: "秘鲁", Kind: "statement", Capacity: "observer", Node: "state:per"},
			{Name: "美国", Kind: "explanation", Capacity: "representative", Node: "state:usa"},
		}},
		{"以及 before the last of unknown names", "作开幕发言的有：南非司法部长、透明国际主席以及国际原子能机构总干事。", []spoke{
			{Name: "南非司法部长", Office: "司法部长", Kind: "opening", Node: "state:zaf"},
			{Name: "透明国际主席", Kind: "opening", Node: "actor:透明国际主席"},
			{Name: "国际原子能机构总干事", Kind: "opening", Node: "actor:国际原子能机构总干事"},
		}},
		{"the capacity a State spoke in, after its name", "泰国作为《议定书》签署国的观察员作了发言。", []spoke{
			{Name: "泰国", Kind: "statement", Capacity: "observer", Node: "state:tha", Signatory: true},
		}},
		{"the capacity a State spoke in, before its name", "作为《公约》签署国的泰国的观察员也作了发言。", []spoke{
			{Name: "泰国", Kind: "statement", Capacity: "observer", Node: "state:tha", Signatory: true},
		}},
		{"a count of a body's representatives", "秘书处的两位代表作了发言。", []spoke{
			{Name: "秘书处", Kind: "statement", Capacity: "representative", Node: "actor:secretariat"},
		}},
		{"an office, then the person's name in Latin letters", "枪支问题工作组主席 Ana María Pérez-Gómez（智利）作了介绍性发言。", []spoke{
			{Name: "枪支问题工作组主席", Kind: "introductory", Node: "actor:枪支问题工作组主席", Person: "Ana María Pérez-Gómez (智利)"},
		}},
		{"a lexicon's office, then the person's name", "联合国毒品和犯罪问题办公室执行主任 John Smith 作了开幕发言。", []spoke{
			{Name: "联合国毒品和犯罪问题办公室执行主任", Kind: "opening", Node: "actor:executive-director"},
		}},
		{"an office and an organisation joined by 和", "发言的还有：国际刑事法院院长和国际律师学会。", []spoke{
			{Name: "国际刑事法院院长", Kind: "statement", Node: "actor:国际刑事法院院长"},
			{Name: "国际律师学会", Kind: "statement", Node: "actor:国际律师学会"},
		}},
		{"two offices joined by 和, the first holding one", "买卖儿童和儿童卖淫问题特别报告员和移民人权问题特别报告员也作了发言。", []spoke{
			{Name: "买卖儿童和儿童卖淫问题特别报告员", Kind: "statement", Node: "actor:买卖儿童和儿童卖淫问题特别报告员"},
			{Name: "移民人权问题特别报告员", Kind: "statement", Node: "actor:移民人权问题特别报告员"},
		}},
		{"a capacity inside the list, before a name that holds 、", "德国的观察员以及联合国教育、科学及文化组织的观察员也作了发言。", []spoke{
			{Name: "德国", Kind: "statement", Capacity: "observer", Node: "state:deu"},
			{Name: "联合国教育、科学及文化组织", Kind: "statement", Capacity: "observer", Node: "actor:unesco"},
		}},
		{"a statement the subject takes note of is the one named after", "大会注意到秘书长所作的发言。", []spoke{
			{Name: "秘书长", Kind: "statement", Node: "actor:secretary-general"},
		}},
		{"a 和 that opens a word joins nothing", "发言的还有：和平研究所所长和建设和平委员会主席。", []spoke{
			{Name: "和平研究所所长", Kind: "statement", Node: "actor:和平研究所所长"},
			{Name: "建设和平委员会主席", Kind: "statement", Node: "actor:建设和平委员会主席"},
		}},
		{"who read a statement out, then made one", "联合国毒品和犯罪问题办公室的代表宣读了执行主任的发言稿，并作了介绍性发言。", []spoke{
			{Name: "联合国毒品和犯罪问题办公室", Kind: "introductory", Capacity: "representative", Node: "actor:unodc"},
		}},
		{"who read a joint statement out, the paragraph numbered", "7. 日本代表宣读了一份联合声明, 并作了发言。", []spoke{
			{Name: "日本", Kind: "statement", Capacity: "representative", Node: "state:jpn"},
		}},
		{"并 after a clause that reads nothing out is no speaker", "委员会审议了该草案，并作了发言。", nil},
		{"offices listed before one a Chinese name follows are one person's", "缔约方会议第六届会议主席、秘鲁外交部长王明作了开幕发言。", []spoke{
			{Name: "秘鲁外交部长", Office: "外交部长", Kind: "opening", Node: "state:per"},
		}},
		{"offices of one person, a name with a middle dot", "人权理事会主席、特别代表团团长穆罕默德·阿里也作了发言。", []spoke{
			{Name: "特别代表团团长", Kind: "statement", Node: "actor:特别代表团团长"},
		}},
		{"offices of one person, a name in Latin letters", "大会副主席、德国司法部长 Anna Weber（德国）作了发言。", []spoke{
			{Name: "德国司法部长", Office: "司法部长", Kind: "statement", Node: "state:deu", Person: "Anna Weber (德国)"},
		}},
		{"a lone State's office, then a Chinese name, right before the verb", "在第 2 次会议上，日本法务大臣上川阳子作了发言。", []spoke{
			{Name: "日本法务大臣", Office: "法务大臣", Kind: "statement", Node: "state:jpn"},
		}},
		{"a lone office of a known organisation, then a Chinese name", "7. 联合国毒品和犯罪问题办公室执行主任费多托夫作了开幕发言。", []spoke{
			{Name: "联合国毒品和犯罪问题办公室执行主任", Kind: "opening", Node: "actor:executive-director"},
		}},
		{"a lone known office, then a Chinese name with a middle dot", "秘书长安东尼奥·古特雷斯也作了发言。", []spoke{
			{Name: "秘书长", Kind: "statement", Node: "actor:secretary-general"},
		}},
		{"a lone office, no name after it", "巴西司法部长作了发言。", []spoke{
			{Name: "巴西司法部长", Office: "司法部长", Kind: "statement", Node: "state:bra"},
		}},
		{"a lone office whose words end in an office's: nothing to cut", "移民人权问题特别报告员作了发言。", []spoke{
			{Name: "移民人权问题特别报告员", Kind: "statement", Node: "actor:移民人权问题特别报告员"},
		}},
		{"one who serves an office is no name", "秘书长特使也作了发言。执行主任特别助理作了发言。", []spoke{
			{Name: "秘书长特使", Kind: "statement", Node: "actor:秘书长特使"},
			{Name: "执行主任特别助理", Kind: "statement", Node: "actor:执行主任特别助理"},
		}},
		{"an office, then one who serves an office: two speakers", "大会主席、秘书长特使作了发言。", []spoke{
			{Name: "大会主席", Kind: "statement", Node: "actor:大会主席"},
			{Name: "秘书长特使", Kind: "statement", Node: "actor:秘书长特使"},
		}},
		{"a lone speaker after 注意到, an office then a name", "委员会注意到日本法务大臣上川阳子所作的发言。", []spoke{
			{Name: "日本法务大臣", Office: "法务大臣", Kind: "statement", Node: "state:jpn"},
		}},
		{"an office the lexicons lack: its words are not cut", "国际原子能机构主席张三作了发言。", []spoke{
			{Name: "国际原子能机构主席张三", Kind: "statement", Node: "actor:国际原子能机构主席张三"},
		}},
		{"an office, then a member of a body that office names: two speakers", "委员会主席、会议主席团成员作了发言。", []spoke{
			{Name: "委员会主席", Kind: "statement", Node: "actor:委员会主席"},
			{Name: "会议主席团成员", Kind: "statement", Node: "actor:会议主席团成员"},
		}},
		{"capacities listed with 、 are two speakers", "法国代表、德国代表作了发言。", []spoke{
			{Name: "法国", Kind: "statement", Capacity: "representative", Node: "state:fra"},
			{Name: "德国", Kind: "statement", Capacity: "representative", Node: "state:deu"},
		}},
		{"two offices, no name: two speakers", "工作组主席、移民人权问题特别报告员作了发言。", []spoke{
			{Name: "工作组主席", Kind: "statement", Node: "actor:工作组主席"},
			{Name: "移民人权问题特别报告员", Kind: "statement", Node: "actor:移民人权问题特别报告员"},
		}},
		{"two States' ministers, the second named: two speakers", "法国司法部长、日本法务大臣 Yoko Kamikawa（日本）作了发言。", []spoke{
			{Name: "法国司法部长", Office: "司法部长", Kind: "statement", Node: "state:fra"},
			{Name: "日本法务大臣", Office: "法务大臣", Kind: "statement", Node: "state:jpn", Person: "Yoko Kamikawa (日本)"},
		}},
		{"one name a line, after a line break that opens the list", "在第 2 次会议上，下列国家的代表作了发言：\n奥地利\n秘鲁（代表拉丁美洲和加勒比国家组）\n泰国", []spoke{
			{Name: "奥地利", Kind: "statement", Capacity: "representative", Node: "state:aut"},
			{Name: "秘鲁", Kind: "statement", Capacity: "representative", Behalf: "拉丁美洲和加勒比国家组", Node: "state:per"},
			{Name: "泰国", Kind: "statement", Capacity: "representative", Node: "state:tha"},
		}},
		{"a list that opens a line and is wrapped is one line", "发言的有：\n俄罗斯联邦、加拿\n大和贝宁", []spoke{
			{Name: "俄罗斯联邦", Kind: "statement", Node: "state:rus"},
			{Name: "加拿大", Kind: "statement", Node: "state:can"},
			{Name: "贝宁", Kind: "statement", Node: "state:ben"},
		}},
		{"names under labels that say what they are", "发言的有：\n缔约国：挪威、加拿大（代表一些国家）、波斯尼亚\n和黑塞哥维那\n签署国：泰国\n非政府组织：透明国际和国际商会", []spoke{
			{Name: "挪威", Kind: "statement", Capacity: "representative", Node: "state:nor"},
			{Name: "加拿大", Kind: "statement", Capacity: "representative", Behalf: "一些国家", Node: "state:can"},
			{Name: "波斯尼亚和黑塞哥维那", Kind: "statement", Capacity: "representative", Node: "state:bih"},
			{Name: "泰国", Kind: "statement", Capacity: "observer", Node: "state:tha", Signatory: true},
			{Name: "透明国际", Kind: "statement", Capacity: "observer", Node: "actor:透明国际"},
			{Name: "国际商会", Kind: "statement", Capacity: "observer", Node: "actor:国际商会"},
		}},
		{"labels on one line, after ；", "发言的有：缔约国：挪威、加拿大；签署国：泰国；政府间组织：国际移民组织。", []spoke{
			{Name: "挪威", Kind: "statement", Capacity: "representative", Node: "state:nor"},
			{Name: "加拿大", Kind: "statement", Capacity: "representative", Node: "state:can"},
			{Name: "泰国", Kind: "statement", Capacity: "observer", Node: "state:tha", Signatory: true},
			{Name: "国际移民组织", Kind: "statement", Capacity: "observer", Node: "actor:iom"},
		}},
		{"a label over one name a line", "下列代表作了发言：\n观察员国：\n罗马教廷\n梵蒂冈城国\n巴勒斯坦国", []spoke{
			{Name: "罗马教廷", Kind: "statement", Capacity: "observer", Node: "state:vat"},
			{Name: "梵蒂冈城国", Kind: "statement", Capacity: "observer", Node: "state:梵蒂冈城国"},
			{Name: "巴勒斯坦国", Kind: "statement", Capacity: "observer", Node: "state:pse"},
		}},
		{"one name wrapped after the colon is no list of one a line", "发言的还有：\n多民族玻利维亚国司法\n部长。", []spoke{
			{Name: "多民族玻利维亚国司法部长", Office: "司法部长", Kind: "statement", Node: "state:bol"},
		}},
		{"two names joined and wrapped after the colon", "发言的有：\n德国和\n法国。", []spoke{
			{Name: "德国", Kind: "statement", Node: "state:deu"},
			{Name: "法国", Kind: "statement", Node: "state:fra"},
		}},
		{"names separated by ；, after a note on their order", "下列国家的代表作了发言（按发言先后顺序）：秘鲁；挪威（代表欧洲联盟）；泰国。", []spoke{
			{Name: "秘鲁", Kind: "statement", Capacity: "representative", Node: "state:per"},
			{Name: "挪威", Kind: "statement", Capacity: "representative", Behalf: "欧洲联盟", Node: "state:nor"},
			{Name: "泰国", Kind: "statement", Capacity: "representative", Node: "state:tha"},
		}},
		{"以及 joins two lists", "奥地利、秘鲁以及泰国、挪威和加拿大的代表作了发言。", []spoke{
			{Name: "奥地利", Kind: "statement", Capacity: "representative", Node: "state:aut"},
			{Name: "秘鲁", Kind: "statement", Capacity: "representative", Node: "state:per"},
			{Name: "泰国", Kind: "statement", Capacity: "representative", Node: "state:tha"},
			{Name: "挪威", Kind: "statement", Capacity: "representative", Node: "state:nor"},
			{Name: "加拿大", Kind: "statement", Capacity: "representative", Node: "state:can"},
		}},
		{"whom a speaker spoke for, said before it", "代表欧洲联盟发言的奥地利代表和代表 77 国集团和中国发言的埃及代表作了发言。", []spoke{
			{Name: "奥地利", Kind: "statement", Capacity: "representative", Behalf: "欧洲联盟", Node: "state:aut"},
			{Name: "埃及", Kind: "statement", Capacity: "representative", Behalf: "77 国集团和中国", Node: "state:egy"},
		}},
		{"whom speakers spoke for, then a list joined by 以及", "代表非洲国家组发言的南非代表、代表阿拉伯国家集团发言的约旦代表以及秘鲁和泰国的代表作了发言。", []spoke{
			{Name: "南非", Kind: "statement", Capacity: "representative", Behalf: "非洲国家组", Node: "state:zaf"},
			{Name: "约旦", Kind: "statement", Capacity: "representative", Behalf: "阿拉伯国家集团", Node: "state:jor"},
			{Name: "秘鲁", Kind: "statement", Capacity: "representative", Node: "state:per"},
			{Name: "泰国", Kind: "statement", Capacity: "representative", Node: "state:tha"},
		}},
		{"a 以及 in whom a speaker spoke for joins no speakers", "智利代表代表拉丁美洲以及加勒比国家作了发言。", []spoke{
			{Name: "智利", Kind: "statement", Capacity: "representative", Behalf: "拉丁美洲以及加勒比国家", Node: "state:chl"},
		}},
		{"explanations of position and of vote are told from other statements", "在通过该决议草案之前，墨西哥代表作了解释立场的发言。在表决前，古巴和巴西的代表作了解释投票的发言。", []spoke{
			{Name: "墨西哥", Kind: "explanation", Capacity: "representative", Node: "state:mex"},
			{Name: "古巴", Kind: "explanation", Capacity: "representative", Node: "state:cub"},
			{Name: "巴西", Kind: "explanation", Capacity: "representative", Node: "state:bra"},
		}},
		{"a second statement in its own clause of the sentence", "在同次会议上，克罗地亚代表代表欧洲联盟作了解释立场的发言，日本代表和加拿大代表也作了发言。", []spoke{
			{Name: "克罗地亚", Kind: "explanation", Capacity: "representative", Behalf: "欧洲联盟", Node: "state:hrv"},
			{Name: "日本", Kind: "statement", Capacity: "representative", Node: "state:jpn"},
			{Name: "加拿大", Kind: "statement", Capacity: "representative", Node: "state:can"},
		}},
		{"a statement spoken of, not made, in a clause after one", "委员会决定，各代表团所作的发言不得超过五分钟，以国家集团名义所作的发言不得超过八分钟。", nil},
		{"a second statement that opens a list", "秘书处代表作了介绍性发言，下列国家的代表也作了发言：挪威、智利。", []spoke{
			{Name: "秘书处", Kind: "introductory", Capacity: "representative", Node: "actor:secretariat"},
			{Name: "挪威", Kind: "statement", Capacity: "representative", Node: "state:nor"},
			{Name: "智利", Kind: "statement", Capacity: "representative", Node: "state:chl"},
		}},
		{"G15: a right of reply with 发了言, of a list, of the sentence, and after the verb", "沙特阿拉伯代表行使答辩权发了言。格鲁吉亚和俄罗斯联邦的代表行使答辩权作了发言。在行使答辩权时，希腊代表发了言。行使答辩权发言的有：土耳其、塞浦路斯。", []spoke{
			{Name: "沙特阿拉伯", Kind: "reply", Capacity: "representative", Node: "state:sau"},
			{Name: "格鲁吉亚", Kind: "reply", Capacity: "representative", Node: "state:geo"},
			{Name: "俄罗斯联邦", Kind: "reply", Capacity: "representative", Node: "state:rus"},
			{Name: "希腊", Kind: "reply", Capacity: "representative", Node: "state:grc"},
			{Name: "土耳其", Kind: "reply", Node: "state:tur"},
			{Name: "塞浦路斯", Kind: "reply", Node: "state:cyp"},
		}},
		{"G15: a reply statement named between the verb and 发言", "以色列代表作了答辩发言。", []spoke{
			{Name: "以色列", Kind: "reply", Capacity: "representative", Node: "state:isr"},
		}},
		{"in a statement, while speaking: no speaker", "奥地利代表在其作为东道国所作的发言中欢迎与会者。发言时间应予限制。", nil},
		{"a vague subject is left out", "许多国家的代表作了发言。", nil},
		{"no statement", "缔约方会议通过了议程。", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []spoke
			for _, sp := range findSpeakers(tc.text) {
				n, office := speakerNode(sp)
				sk := spoke{Name: sp.name, Office: office, Kind: sp.statement, Capacity: sp.capacity, Behalf: sp.onBehalfOf, Node: n.ID, Signatory: sp.signatory}
				if person, state := holderOf(tc.text[sp.start:sp.end]); sp.held && person != "" {
					sk.Person = person + " (" + state + ")"
				}
				got = append(got, sk)
				if q := tc.text[sp.start:sp.end]; !strings.Contains(strings.Join(strings.Fields(q), ""), strings.TrimSuffix(sp.name, office)) {
					t.Errorf("quote %q does not hold the name %q", q, sp.name)
				}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestParagraphMeeting(t *testing.T) {
	for in, want := range map[string]string{
		"在本届会议 2012 年 10 月 15 日第 1 次会议上，作开幕发言的有": "1",
		"在第12次全体会议上": "12",
		"缔约方会议在 2012 年 10 月 15 日和 16 日举行的第 1 至第 4 次会议上审议了": "",
		"挪威的代表作了发言":             "",
		"第 1 次会议上和第 2 次会议上":     "",
		"至\t第 3 次会议上":           "",
		"至第1234次会议上，第 5 次全体会议上": "5",
		"第 6 次全体会议，第 7 次会议上":    "7",
		"第 8次会议":                "",
		"第 1 次会议（2022 年 5 月 16 日）上，委员会审议了议程项目 3": "1",
		"在第 3 次全体会议（7 月 21 日和 22 日）上":            "3",
		"第 2 次会议（闭幕会议）上":                         "2",
		"在第 14 次会议（开幕全体会议）上":                     "14",
		"第 4 次会议（5 月 16 日）上和第 5 次会议（5 月 17 日）上":  "",
	} {
		if got := paragraphMeeting(in); got != want {
			t.Errorf("paragraphMeeting(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestOpenerRules(t *testing.T) {
	for _, tc := range []struct {
		text                string
		office, name, state string
	}{
		{"4. 在 2010 年 10 月 18 日第 1 次会议上，缔约方会议第四届会议主席 Mohammed Al-Anazi（沙特阿拉伯）宣布会议开幕。", "缔约方会议第四届会议主席", "Mohammed Al-Anazi", "沙特阿拉伯"},
		{"委员会第二十一届会议主席 Dmitry  Feoktistov（俄罗斯联邦）宣布届会开幕。", "委员会第二十一届会议主席", "Dmitry Feoktistov", "俄罗斯联邦"},
		{"执行主任宣布会议开幕。", "", "", ""},
	} {
		os := findOpeners(tc.text)
		var got [3]string
		if len(os) > 0 {
			got = [3]string{os[0].office, os[0].name, os[0].state}
			if rs := []rune(tc.text); string(rs[os[0].start:os[0].end]) != os[0].quote {
				t.Errorf("quote %q is not at its offsets", os[0].quote)
			}
		}
		if want := [3]string{tc.office, tc.name, tc.state}; got != want {
			t.Errorf("findOpeners(%q) = %q, want %q", tc.text, got, want)
		}
	}
}

// TestSpeakerListSeparators holds that every separator of a list of speakers, a mark, a
// join or a mark before a join, splits it alike, before the verb and after it.
func TestSpeakerListSeparators(t *testing.T) {
	want := []string{"state:pol 东欧国家组", "state:ken ", "state:chl ", "state:per "}
	lead := []string{"代表东欧国家组发言的波兰代表", "肯尼亚代表"}
	after := []string{"波兰（代表东欧国家组）", "肯尼亚"}
	for _, mid := range []string{"、", "，", "；"} {
		for _, last := range []string{"以及", "、以及", "，以及", "；以及", "，和", "；"} {
			for _, tc := range []struct{ name, text string }{
				{"before", "在同次会议上，" + lead[0] + mid + lead[1] + last + "智利和秘鲁的代表作了发言。"},
				{"before, in a 的 list", "5. 波兰（代表东欧国家组）" + mid + "肯尼亚" + last + "智利和秘鲁的代表作了发言。"},
				{"after", "下列国家的代表作了发言：" + after[0] + mid + after[1] + last + "智利和秘鲁。"},
				{"heard", "委员会还听取了" + lead[0] + mid + lead[1] + last + "智利和秘鲁的代表所作的发言。"},
			} {
				var got []string
				for _, sp := range findSpeakers(tc.text) {
					n, _ := speakerNode(sp)
					got = append(got, n.ID+" "+sp.onBehalfOf)
				}
				if diff := cmp.Diff(want, got); diff != "" {
					t.Errorf("%s %q (-want +got):\n%s", tc.name, tc.text, diff)
				}
			}
		}
	}
	// A clause before the join that names no speaker is not the list's.
	var got []string
	for _, sp := range findSpeakers("委员会审议了议程项目 4，以及秘鲁的代表作了发言。") {
		n, _ := speakerNode(sp)
		got = append(got, n.ID)
	}
	if diff := cmp.Diff([]string{"state:per"}, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestVideoMessages: who addressed the session by video, office and name.
func TestVideoMessages(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string // office|name
	}{
		{"在开幕式上，印度尼西亚外交部长 Retno Marsudi 通过视频致辞。", []string{"印度尼西亚外交部长|Retno Marsudi"}},
		{"大会主席 Dennis\nFrancis 以视频形式发言，秘书长作了发言。", []string{"大会主席|Dennis Francis"}},
		{"联合国秘书长 António Guterres 发表了视频讲话。", []string{"联合国秘书长|António Guterres"}},
		{"秘书处播放了一段视频。", nil},
		// G18: an office alone, and the message in other words.
		{"联合国开发计划署署长通过视频发言作了开幕致辞。", []string{"联合国开发计划署署长|"}},
		{"会议开幕时，秘书长以视频方式致开幕词。", []string{"秘书长|"}},
		{"欧洲委员会秘书长发表视频致辞。", []string{"欧洲委员会秘书长|"}},
		{"在第 1 次会议上，执行主任通过视频作了闭幕发言。", []string{"执行主任|"}},
		{"会议以视频会议方式举行，执行主任通过视频链接发言。", []string{"执行主任|"}},
		{"下列国家的代表以视频方式作了发言：巴西、日本。", []string{"下列国家的代表|"}},
	} {
		var got []string
		for _, v := range findVideoMessages(tc.text) {
			got = append(got, v.office+"|"+v.name)
			if !strings.Contains(tc.text, v.quote) {
				t.Errorf("quote %q not in the text", v.quote)
			}
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("findVideoMessages(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestPanelists: a panel's members listed with their States, after the words that open the
// list; a list without them is no panel's.
func TestPanelists(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string // kind:name|state
	}{
		{"6. 在第 4 次会议上，委员会就议程项目 5 举行了专题小组讨论。小组成员为：Ana\nPérez（墨西哥）、Kenji Mori（日本）以及 Sara Lind（瑞典）。", []string{"panelist:Ana Pérez|墨西哥", "panelist:Kenji Mori|日本", "panelist:Sara Lind|瑞典"}},
		{"专题小组成员包括 Omar Said（摩洛哥）和 Eva Novak（斯洛文尼亚）。Jan Berg（挪威）作了发言。", []string{"panelist:Omar Said|摩洛哥", "panelist:Eva Novak|斯洛文尼亚"}},
		{"小组成员的发言涉及教育。", nil},
		// G17: keynote speakers and moderators, names in Chinese characters, other words.
		{"主旨发言人为 Lena Holm（瑞典）。专题讨论小组成员包括：Paulo Reis（葡萄牙）、王芳（中国）和 Kwame Boateng（加纳）。", []string{"keynote:Lena Holm|瑞典", "panelist:Paulo Reis|葡萄牙", "panelist:王芳|中国", "panelist:Kwame Boateng|加纳"}},
		{"主持人是赵伟（中国），小组讨论成员分别为：教授 Ingrid Olsen（挪威）以及 Tomás Ruiz（智利）。", []string{"moderator:赵伟|中国", "panelist:Ingrid Olsen|挪威", "panelist:Tomás Ruiz|智利"}},
		{"主旨发言者：Yuki Tanaka（日本）。", []string{"keynote:Yuki Tanaka|日本"}},
		{"主持人为 Yuki Tanaka（日本）。", nil}, // a moderator of no panel the paragraph names
		{"会议的主旨是加强合作（见附件）。主持人的发言见附件。", nil},
	} {
		var got []string
		for _, v := range findPanelists(tc.text) {
			got = append(got, v.office+":"+v.name+"|"+v.state)
			if !strings.Contains(tc.text, v.quote) {
				t.Errorf("quote %q not in the text", v.quote)
			}
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("findPanelists(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestStatementTiming: a statement on an act made before or after its adoption or the
// vote, where the clause says which.
func TestStatementTiming(t *testing.T) {
	for _, tc := range []struct{ clause, want string }{
		{"在通过该决议草案之前，法国代表作了解释立场的发言", "before"},
		{"在该决定草案获得通过之后，下列国家的代表作了解释立场的发言：智利、秘鲁", "after"},
		{"阿根廷代表在表决前作了解释投票的发言", "before"},
		{"在表决后，古巴和委内瑞拉的代表作了解释投票的发言", "after"},
		{"在就题为“加强国际合作打击网络犯罪”的决议草案（E/CN.15/2031/L.9）采取行动之前，加拿大代表作了发言", "before"},
		{"在最后通过前，日本代表作了发言", "before"},
		{"在会议开始前，主席作了发言", ""},
		{"在同次会议上，匈牙利代表代表欧洲联盟作了解释立场的发言", ""},
		{"在通过议程，前主席作了发言", ""},
		{"缔约方会议通过该决定后，挪威代表作了发言", ""}, // no 在: the sentence reports the adoption
	} {
		if got := statementTiming(tc.clause); got != tc.want {
			t.Errorf("statementTiming(%q) = %q, want %q", tc.clause, got, tc.want)
		}
	}
	sps := findSpeakers("4. 在通过该决议草案之后，瑞士代表作了解释立场的发言，墨西哥代表也作了发言。在表决前，土耳其代表作了解释投票的发言。")
	var got []string
	for _, sp := range sps {
		got = append(got, sp.name+":"+sp.statement+":"+sp.timing)
	}
	if want := []string{"瑞士:explanation:after", "墨西哥:statement:", "土耳其:explanation:before"}; !slices.Equal(got, want) {
		t.Errorf("findSpeakers: %v, want %v", got, want)
	}
}
