package loader

import (
	"math/bits"
	"sort"
	"strings"
	"unicode/utf8"

	"copgraph/kg"
)

// stateName is a State as UN documents in Chinese name it. Every form folds into one node,
// whose id is the ISO code so that it stays the same whatever the text calls the State.
type stateName struct {
	code    string   // ISO 3166-1 alpha-3, lowercase
	nameZh  string   // the short name of the UN's Chinese documents of the corpus's time
	nameEn  string   // the short name the UN's English documents use today
	aliases []string // other forms reports use: the everyday name, a later or earlier name
}

// stateMention is a State named in a text, at byte offsets [start, end).
type stateMention struct {
	start, end int
	state      *stateName
}

// stateNames lists the 193 Member States and the two observer States, in the order of
// their English names. Where a State has since changed its name, nameZh is the one the
// 2012 documents use and the later one is an alias, while nameEn is today's, which is the
// one English readers look for. The European Union is no State: the entity lexicon has it.
var stateNames = []stateName{
	{"afg", "阿富汗", "Afghanistan", nil},
	{"alb", "阿尔巴尼亚", "Albania", nil},
	{"dza", "阿尔及利亚", "Algeria", nil},
	{"and", "安道尔", "Andorra", nil},
	{"ago", "安哥拉", "Angola", nil},
	{"atg", "安提瓜和巴布达", "Antigua and Barbuda", nil},
	{"arg", "阿根廷", "Argentina", nil},
	{"arm", "亚美尼亚", "Armenia", nil},
	{"aus", "澳大利亚", "Australia", nil},
	{"aut", "奥地利", "Austria", nil},
	{"aze", "阿塞拜疆", "Azerbaijan", nil},
	{"bhs", "巴哈马", "Bahamas", nil},
	{"bhr", "巴林", "Bahrain", nil},
	{"bgd", "孟加拉国", "Bangladesh", nil},
	{"brb", "巴巴多斯", "Barbados", nil},
	{"blr", "白俄罗斯", "Belarus", nil},
	{"bel", "比利时", "Belgium", nil},
	{"blz", "伯利兹", "Belize", nil},
	{"ben", "贝宁", "Benin", nil},
	{"btn", "不丹", "Bhutan", nil},
	{"bol", "多民族玻利维亚国", "Bolivia (Plurinational State of)", []string{"玻利维亚", "玻利维亚多民族国"}},
	{"bih", "波斯尼亚和黑塞哥维那", "Bosnia and Herzegovina", []string{"波黑"}},
	{"bwa", "博茨瓦纳", "Botswana", nil},
	{"bra", "巴西", "Brazil", nil},
	{"brn", "文莱达鲁萨兰国", "Brunei Darussalam", []string{"文莱"}},
	{"bgr", "保加利亚", "Bulgaria", nil},
	{"bfa", "布基纳法索", "Burkina Faso", nil},
	{"bdi", "布隆迪", "Burundi", nil},
	{"cpv", "佛得角", "Cabo Verde", nil},
	{"khm", "柬埔寨", "Cambodia", nil},
	{"cmr", "喀麦隆", "Cameroon", nil},
	{"can", "加拿大", "Canada", nil},
	// Not "中非": it is as often Central Africa, or China and Africa ("中非合作").
	{"caf", "中非共和国", "Central African Republic", nil},
	{"tcd", "乍得", "Chad", nil},
	{"chl", "智利", "Chile", nil},
	{"chn", "中国", "China", []string{"中华人民共和国"}},
	{"col", "哥伦比亚", "Colombia", nil},
	{"com", "科摩罗", "Comoros", nil},
	{"cog", "刚果", "Congo", []string{"刚果共和国"}},
	{"cri", "哥斯达黎加", "Costa Rica", nil},
	{"civ", "科特迪瓦", "Côte d'Ivoire", nil},
	{"hrv", "克罗地亚", "Croatia", nil},
	{"cub", "古巴", "Cuba", nil},
	{"cyp", "塞浦路斯", "Cyprus", nil},
	{"cze", "捷克共和国", "Czechia", []string{"捷克"}},
	{"prk", "朝鲜民主主义人民共和国", "Democratic People's Republic of Korea", []string{"朝鲜"}},
	{"cod", "刚果民主共和国", "Democratic Republic of the Congo", nil},
	{"dnk", "丹麦", "Denmark", nil},
	{"dji", "吉布提", "Djibouti", nil},
	{"dma", "多米尼克", "Dominica", nil},
	{"dom", "多米尼加共和国", "Dominican Republic", []string{"多米尼加"}},
	{"ecu", "厄瓜多尔", "Ecuador", nil},
	{"egy", "埃及", "Egypt", nil},
	{"slv", "萨尔瓦多", "El Salvador", nil},
	{"gnq", "赤道几内亚", "Equatorial Guinea", nil},
	{"eri", "厄立特里亚", "Eritrea", nil},
	{"est", "爱沙尼亚", "Estonia", nil},
	{"swz", "斯威士兰", "Eswatini", []string{"埃斯瓦蒂尼"}},
	{"eth", "埃塞俄比亚", "Ethiopia", nil},
	{"fji", "斐济", "Fiji", nil},
	{"fin", "芬兰", "Finland", nil},
	{"fra", "法国", "France", nil},
	{"gab", "加蓬", "Gabon", nil},
	{"gmb", "冈比亚", "Gambia", nil},
	{"geo", "格鲁吉亚", "Georgia", nil},
	{"deu", "德国", "Germany", nil},
	{"gha", "加纳", "Ghana", nil},
	{"grc", "希腊", "Greece", nil},
	{"grd", "格林纳达", "Grenada", nil},
	{"gtm", "危地马拉", "Guatemala", nil},
	{"gin", "几内亚", "Guinea", nil},
	{"gnb", "几内亚比绍", "Guinea-Bissau", nil},
	{"guy", "圭亚那", "Guyana", nil},
	{"hti", "海地", "Haiti", nil},
	{"hnd", "洪都拉斯", "Honduras", nil},
	{"hun", "匈牙利", "Hungary", nil},
	{"isl", "冰岛", "Iceland", nil},
	{"ind", "印度", "India", nil},
	{"idn", "印度尼西亚", "Indonesia", []string{"印尼"}},
	{"irn", "伊朗伊斯兰共和国", "Iran (Islamic Republic of)", []string{"伊朗"}},
	{"irq", "伊拉克", "Iraq", nil},
	{"irl", "爱尔兰", "Ireland", nil},
	{"isr", "以色列", "Israel", nil},
	{"ita", "意大利", "Italy", nil},
	{"jam", "牙买加", "Jamaica", nil},
	{"jpn", "日本", "Japan", nil},
	{"jor", "约旦", "Jordan", nil},
	{"kaz", "哈萨克斯坦", "Kazakhstan", nil},
	{"ken", "肯尼亚", "Kenya", nil},
	{"kir", "基里巴斯", "Kiribati", nil},
	{"kwt", "科威特", "Kuwait", nil},
	{"kgz", "吉尔吉斯斯坦", "Kyrgyzstan", nil},
	{"lao", "老挝人民民主共和国", "Lao People's Democratic Republic", []string{"老挝"}},
	{"lva", "拉脱维亚", "Latvia", nil},
	{"lbn", "黎巴嫩", "Lebanon", nil},
	{"lso", "莱索托", "Lesotho", nil},
	{"lbr", "利比里亚", "Liberia", nil},
	{"lby", "利比亚", "Libya", nil},
	{"lie", "列支敦士登", "Liechtenstein", nil},
	{"ltu", "立陶宛", "Lithuania", nil},
	{"lux", "卢森堡", "Luxembourg", nil},
	{"mdg", "马达加斯加", "Madagascar", nil},
	{"mwi", "马拉维", "Malawi", nil},
	{"mys", "马来西亚", "Malaysia", nil},
	{"mdv", "马尔代夫", "Maldives", nil},
	{"mli", "马里", "Mali", nil},
	{"mlt", "马耳他", "Malta", nil},
	{"mhl", "马绍尔群岛", "Marshall Islands", nil},
	{"mrt", "毛里塔尼亚", "Mauritania", nil},
	{"mus", "毛里求斯", "Mauritius", nil},
	{"mex", "墨西哥", "Mexico", nil},
	{"fsm", "密克罗尼西亚联邦", "Micronesia (Federated States of)", []string{"密克罗尼西亚"}},
	{"mco", "摩纳哥", "Monaco", nil},
	{"mng", "蒙古", "Mongolia", []string{"蒙古国"}},
	{"mne", "黑山", "Montenegro", nil},
	{"mar", "摩洛哥", "Morocco", nil},
	{"moz", "莫桑比克", "Mozambique", nil},
	{"mmr", "缅甸", "Myanmar", nil},
	{"nam", "纳米比亚", "Namibia", nil},
	{"nru", "瑙鲁", "Nauru", nil},
	{"npl", "尼泊尔", "Nepal", nil},
	{"nld", "荷兰", "Netherlands (Kingdom of the)", nil},
	{"nzl", "新西兰", "New Zealand", nil},
	{"nic", "尼加拉瓜", "Nicaragua", nil},
	{"ner", "尼日尔", "Niger", nil},
	{"nga", "尼日利亚", "Nigeria", nil},
	{"mkd", "前南斯拉夫的马其顿共和国", "North Macedonia", []string{"马其顿", "马其顿共和国", "北马其顿", "北马其顿共和国"}},
	{"nor", "挪威", "Norway", nil},
	{"omn", "阿曼", "Oman", nil},
	{"pak", "巴基斯坦", "Pakistan", nil},
	{"plw", "帕劳", "Palau", nil},
	{"pan", "巴拿马", "Panama", nil},
	{"png", "巴布亚新几内亚", "Papua New Guinea", nil},
	{"pry", "巴拉圭", "Paraguay", nil},
	{"per", "秘鲁", "Peru", nil},
	{"phl", "菲律宾", "Philippines", nil},
	{"pol", "波兰", "Poland", nil},
	{"prt", "葡萄牙", "Portugal", nil},
	{"qat", "卡塔尔", "Qatar", nil},
	{"kor", "大韩民国", "Republic of Korea", []string{"韩国"}},
	{"mda", "摩尔多瓦共和国", "Republic of Moldova", []string{"摩尔多瓦"}},
	{"rou", "罗马尼亚", "Romania", nil},
	{"rus", "俄罗斯联邦", "Russian Federation", []string{"俄罗斯"}},
	{"rwa", "卢旺达", "Rwanda", nil},
	{"kna", "圣基茨和尼维斯", "Saint Kitts and Nevis", nil},
	{"lca", "圣卢西亚", "Saint Lucia", nil},
	{"vct", "圣文森特和格林纳丁斯", "Saint Vincent and the Grenadines", nil},
	{"wsm", "萨摩亚", "Samoa", nil},
	{"smr", "圣马力诺", "San Marino", nil},
	{"stp", "圣多美和普林西比", "Sao Tome and Principe", nil},
	{"sau", "沙特阿拉伯", "Saudi Arabia", []string{"沙特"}},
	{"sen", "塞内加尔", "Senegal", nil},
	{"srb", "塞尔维亚", "Serbia", nil},
	{"syc", "塞舌尔", "Seychelles", nil},
	{"sle", "塞拉利昂", "Sierra Leone", nil},
	{"sgp", "新加坡", "Singapore", nil},
	{"svk", "斯洛伐克", "Slovakia", nil},
	{"svn", "斯洛文尼亚", "Slovenia", nil},
	{"slb", "所罗门群岛", "Solomon Islands", nil},
	{"som", "索马里", "Somalia", nil},
	{"zaf", "南非", "South Africa", nil},
	{"ssd", "南苏丹", "South Sudan", nil},
	{"esp", "西班牙", "Spain", nil},
	{"lka", "斯里兰卡", "Sri Lanka", nil},
	{"sdn", "苏丹", "Sudan", nil},
	{"sur", "苏里南", "Suriname", nil},
	{"swe", "瑞典", "Sweden", nil},
	{"che", "瑞士", "Switzerland", nil},
	{"syr", "阿拉伯叙利亚共和国", "Syrian Arab Republic", []string{"叙利亚"}},
	{"tjk", "塔吉克斯坦", "Tajikistan", nil},
	{"tha", "泰国", "Thailand", nil},
	{"tls", "东帝汶", "Timor-Leste", nil},
	{"tgo", "多哥", "Togo", nil},
	{"ton", "汤加", "Tonga", nil},
	{"tto", "特立尼达和多巴哥", "Trinidad and Tobago", nil},
	{"tun", "突尼斯", "Tunisia", nil},
	{"tur", "土耳其", "Türkiye", nil},
	{"tkm", "土库曼斯坦", "Turkmenistan", nil},
	{"tuv", "图瓦卢", "Tuvalu", nil},
	{"uga", "乌干达", "Uganda", nil},
	{"ukr", "乌克兰", "Ukraine", nil},
	{"are", "阿拉伯联合酋长国", "United Arab Emirates", []string{"阿联酋"}},
	{"gbr", "大不列颠及北爱尔兰联合王国", "United Kingdom of Great Britain and Northern Ireland", []string{"英国", "联合王国"}},
	{"tza", "坦桑尼亚联合共和国", "United Republic of Tanzania", []string{"坦桑尼亚"}},
	{"usa", "美利坚合众国", "United States of America", []string{"美国"}},
	{"ury", "乌拉圭", "Uruguay", nil},
	{"uzb", "乌兹别克斯坦", "Uzbekistan", nil},
	{"vut", "瓦努阿图", "Vanuatu", nil},
	{"ven", "委内瑞拉玻利瓦尔共和国", "Venezuela (Bolivarian Republic of)", []string{"委内瑞拉"}},
	{"vnm", "越南", "Viet Nam", nil},
	{"yem", "也门", "Yemen", nil},
	{"zmb", "赞比亚", "Zambia", nil},
	{"zwe", "津巴布韦", "Zimbabwe", nil},

	// Observer States.
	{"vat", "罗马教廷", "Holy See", []string{"梵蒂冈"}},
	{"pse", "巴勒斯坦国", "State of Palestine", []string{"巴勒斯坦"}},
}

// notStates are words that hold a State's form but name no State: a developing country
// is no China, nor Latin America the United States, nor an illegal act France. In a free
// text they take part in the overlaps like forms, and so hide the State inside them.
var notStates = []string{
	"发展中国",      // 发展中国家: developing countries
	"中国际",       // 集中国际努力, 其中国际组织
	"拉美国",       // 拉美国家: Latin American countries
	"欧美国",       // 欧美国家: European and American countries
	"南美国",       // 南美国家
	"北美国",       // 北美国家
	"非法国",       // 非法国际贩运
	"合法国",       // 合法国际贸易
	"执法国",       // 执法国际合作
	"司法国",       // 刑事司法国际合作
	"立法国",       // 立法国家
	"沿海地",       // 沿海地带: coastal zones
	"海地区",       // 沿海地区, 加勒比海地区
	"北爱尔兰",      // a part of the United Kingdom
	"新几内亚",      // the island
	"印度洋",       // the Indian Ocean
	"几内亚湾",      // the Gulf of Guinea
	"乍得湖",       // Lake Chad
	"刚果盆地",      // the Congo Basin
	"约旦河",       // 约旦河西岸: the West Bank
	"朝鲜半岛",      // the Korean Peninsula
	"内蒙古",       // a region of China
	"法属圭亚那",     // French Guiana
	"美属萨摩亚",     // American Samoa
	"马耳他主权军事教团", // the Sovereign Military Order of Malta, an observer entity
}

// stateForm is a written form a free text may hold; state is nil for a word of notStates.
type stateForm struct {
	form  string
	runes int
	state *stateName
}

// stateIndex indexes the forms: by whole form for lookups of a name, and by first rune,
// longest first, for the scan of a free text, which must keep up with the loader's
// throughput and so looks at each position once rather than for each form.
var stateIndex = func() (ix struct {
	byName  map[string]*stateName
	byRune  map[rune][]stateForm
	isFirst [1 << 16 / 64]uint64 // the BMP runes that open a form, to pass over others fast
	// byRank holds byRune's forms of the BMP runes of isFirst, in their order, and
	// rankBase the number of those runes below each word of isFirst: a rune's forms are
	// found by counting the bits below its own, without a map.
	byRank   [][]stateForm
	rankBase [1 << 16 / 64]uint16
}) {
	ix.byName = map[string]*stateName{}
	ix.byRune = map[rune][]stateForm{}
	add := func(form string, st *stateName) {
		r, _ := decodeRune(form)
		f := stateForm{form, utf8.RuneCountInString(form), st}
		ix.byRune[r] = append(ix.byRune[r], f)
		if r < 1<<16 {
			ix.isFirst[r/64] |= 1 << (r % 64)
		}
	}
	for i := range stateNames {
		st := &stateNames[i]
		for _, form := range append([]string{st.nameZh}, st.aliases...) {
			ix.byName[form] = st
			add(form, st)
		}
	}
	for _, w := range notStates {
		add(w, nil)
	}
	for _, fs := range ix.byRune {
		sort.SliceStable(fs, func(i, j int) bool { return fs[i].runes > fs[j].runes })
	}
	n := 0
	for w, word := range ix.isFirst {
		ix.rankBase[w] = uint16(n)
		n += bits.OnesCount64(word)
	}
	ix.byRank = make([][]stateForm, n)
	for r, fs := range ix.byRune {
		if r < 1<<16 {
			ix.byRank[firstRank(&ix.isFirst, &ix.rankBase, r)] = fs
		}
	}
	return ix
}()

// firstRank returns the number of the runes of isFirst below r, a rune of it.
func firstRank(isFirst *[1 << 16 / 64]uint64, rankBase *[1 << 16 / 64]uint16, r rune) int {
	return int(rankBase[r/64]) + bits.OnesCount64(isFirst[r/64]&(1<<(r%64)-1))
}

// lookupState returns the State one of whose forms is name, spaces around it aside.
func lookupState(name string) (*stateName, bool) {
	st, ok := stateIndex.byName[trimSpace(name)]
	return st, ok
}

// stateNode returns the node of a State, with every form the lexicon knows it by.
func stateNode(st *stateName) kg.Node {
	props := make(kg.Props, 0, 3)
	if len(st.aliases) > 0 {
		props.Set(kg.PropAliases, append([]string{st.nameZh}, st.aliases...))
	}
	props = props.With(kg.PropName, st.nameZh).With(kg.PropNameEn, st.nameEn)
	return kg.Node{ID: stateID(st), Labels: stateLabels, Properties: props}
}

// stateID returns the id of a State's node: for a State of stateNames, made once.
func stateID(st *stateName) string {
	if id, ok := stateIDs[st]; ok {
		return id
	}
	return "state:" + st.code
}

// stateIDs holds the id of each State of stateNames, which a report names again and again.
var stateIDs = func() map[*stateName]string {
	ids := make(map[*stateName]string, len(stateNames))
	for i := range stateNames {
		ids[&stateNames[i]] = "state:" + stateNames[i].code
	}
	return ids
}()

// stateLabels are the labels of a State's node, as stateNode gives them. The nodes share
// them (see paragraphLabels).
var stateLabels = []string{kg.LabelActor, kg.LabelState}

// findStates returns the States a free text names, in order. Where forms overlap the
// longest wins, even when it starts later: "刚果民主共和国" is no Congo, "南苏丹" no
// Sudan, and "参加纳米比亚" names Namibia, not Ghana. On a tie the earlier wins.
func findStates(text string) []stateMention {
	var out []stateMention
	for i := 0; i < len(text); {
		f, size := stateFormAt(text, i)
		if f == nil {
			i += size
			continue
		}
		end := i + len(f.form)
		if longerWithin(text, i+size, end, f.runes) {
			i += size
			continue
		}
		if f.state != nil {
			out = append(out, stateMention{i, end, f.state})
		}
		i = end
	}
	return out
}

// stateFormAt returns the longest form at byte i of text, or nil, and the size of the
// rune there, so that the caller can step past it.
func stateFormAt(text string, i int) (*stateForm, int) {
	c := text[i]
	if c < utf8.RuneSelf {
		return nil, 1 // every form opens with a Chinese character
	}
	r, size := decodeRune(text[i:])
	var fs []stateForm
	if r < 1<<16 {
		if stateIndex.isFirst[r/64]&(1<<(r%64)) == 0 {
			return nil, size
		}
		fs = stateIndex.byRank[firstRank(&stateIndex.isFirst, &stateIndex.rankBase, r)]
	} else {
		fs = stateIndex.byRune[r]
	}
	for k := range fs {
		if strings.HasPrefix(text[i:], fs[k].form) {
			return &fs[k], size
		}
	}
	return nil, size
}

// longerWithin reports whether a form longer than runes starts in text[from:to].
func longerWithin(text string, from, to, runes int) bool {
	for j := from; j < to; {
		f, size := stateFormAt(text, j)
		if f != nil && f.runes > runes {
			return true
		}
		j += size
	}
	return false
}
