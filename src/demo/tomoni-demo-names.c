/* tomoni-demo-names.c: the sample data's names, nationalities, languages,
 * skills and trainings
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-demo"

#include "tomoni-demo-private.h"

static const Name vn_family[] = {
  { "Nguyễn", "NGUYEN", "グエン" }, { "Trần", "TRAN", "チャン" }, { "Lê", "LE", "レー" },
  { "Phạm", "PHAM", "ファム" }, { "Hoàng", "HOANG", "ホアン" }, { "Huỳnh", "HUYNH", "フイン" },
  { "Phan", "PHAN", "ファン" }, { "Vũ", "VU", "ヴー" }, { "Võ", "VO", "ヴォー" },
  { "Đặng", "DANG", "ダン" }, { "Bùi", "BUI", "ブイ" }, { "Đỗ", "DO", "ドー" },
  { "Ngô", "NGO", "ゴー" }, { "Dương", "DUONG", "ズオン" }, { "Lý", "LY", "リー" },
};
static const Name vn_mid_m[] = {
  { "Văn", "VAN", "ヴァン" }, { "Đức", "DUC", "ドゥック" }, { "Minh", "MINH", "ミン" },
  { "Quốc", "QUOC", "クオック" }, { "Hữu", "HUU", "フー" },
};
static const Name vn_mid_f[] = {
  { "Thị", "THI", "ティ" }, { "Ngọc", "NGOC", "ゴック" }, { "Thu", "THU", "トゥー" },
  { "Thanh", "THANH", "タイン" }, { "Kim", "KIM", "キム" },
};
static const Name vn_male[] = {
  { "An", "AN", "アン" }, { "Bình", "BINH", "ビン" }, { "Dũng", "DUNG", "ズン" },
  { "Hùng", "HUNG", "フン" }, { "Nam", "NAM", "ナム" }, { "Quang", "QUANG", "クアン" },
  { "Tuấn", "TUAN", "トゥアン" }, { "Long", "LONG", "ロン" }, { "Huy", "HUY", "フイ" },
  { "Hiếu", "HIEU", "ヒエウ" }, { "Phúc", "PHUC", "フック" }, { "Khánh", "KHANH", "カイン" },
};
static const Name vn_female[] = {
  { "Anh", "ANH", "アイン" }, { "Hương", "HUONG", "フオン" }, { "Lan", "LAN", "ラン" },
  { "Linh", "LINH", "リン" }, { "Mai", "MAI", "マイ" }, { "Thảo", "THAO", "タオ" },
  { "Trang", "TRANG", "チャン" }, { "Hà", "HA", "ハー" }, { "Nhung", "NHUNG", "ニュン" },
  { "Hạnh", "HANH", "ハイン" }, { "Vy", "VY", "ヴィー" }, { "Yến", "YEN", "イエン" },
};

static const Name cn_family[] = {
  { "王", "WANG", "ワン" }, { "李", "LI", "リー" }, { "张", "ZHANG", "チャン" },
  { "刘", "LIU", "リウ" }, { "陈", "CHEN", "チェン" }, { "杨", "YANG", "ヤン" },
  { "黄", "HUANG", "ホアン" }, { "赵", "ZHAO", "チャオ" }, { "周", "ZHOU", "チョウ" },
  { "吴", "WU", "ウー" }, { "徐", "XU", "シュー" }, { "孙", "SUN", "スン" },
  { "林", "LIN", "リン" }, { "郭", "GUO", "グオ" },
};
static const Name cn_male[] = {
  { "伟", "WEI", "ウェイ" }, { "磊", "LEI", "レイ" }, { "强", "QIANG", "チアン" },
  { "浩然", "HAORAN", "ハオラン" }, { "子轩", "ZIXUAN", "ズーシュエン" },
  { "建国", "JIANGUO", "ジエングオ" }, { "志强", "ZHIQIANG", "ジーチアン" }, { "鹏", "PENG", "ポン" },
};
static const Name cn_female[] = {
  { "静", "JING", "ジン" }, { "丽", "LI", "リー" }, { "芳", "FANG", "ファン" },
  { "敏", "MIN", "ミン" }, { "雪", "XUE", "シュエ" }, { "欣怡", "XINYI", "シンイー" },
  { "婷婷", "TINGTING", "ティンティン" }, { "晓燕", "XIAOYAN", "シャオイエン" },
};

static const Name tw_family[] = {
  { "陳", "CHEN", "チェン" }, { "林", "LIN", "リン" }, { "黃", "HUANG", "ホアン" },
  { "張", "CHANG", "チャン" }, { "李", "LEE", "リー" }, { "王", "WANG", "ワン" },
  { "吳", "WU", "ウー" }, { "劉", "LIU", "リウ" }, { "蔡", "TSAI", "ツァイ" }, { "楊", "YANG", "ヤン" },
};
static const Name tw_male[] = {
  { "志明", "CHIH-MING", "ジーミン" }, { "家豪", "CHIA-HAO", "ジアハオ" },
  { "俊傑", "CHUN-CHIEH", "ジュンジエ" }, { "冠宇", "KUAN-YU", "グアンユー" },
};
static const Name tw_female[] = {
  { "怡君", "YI-CHUN", "イージュン" }, { "雅婷", "YA-TING", "ヤーティン" },
  { "淑芬", "SHU-FEN", "シューフェン" }, { "佳穎", "CHIA-YING", "ジアイン" },
};

static const Name kr_family[] = {
  { "김", "KIM", "キム" }, { "이", "LEE", "イ" }, { "박", "PARK", "パク" }, { "최", "CHOI", "チェ" },
  { "정", "JUNG", "チョン" }, { "강", "KANG", "カン" }, { "조", "CHO", "チョ" }, { "윤", "YOON", "ユン" },
  { "장", "JANG", "チャン" }, { "임", "LIM", "イム" },
};
static const Name kr_male[] = {
  { "민준", "MINJUN", "ミンジュン" }, { "서준", "SEOJUN", "ソジュン" }, { "지훈", "JIHOON", "ジフン" },
  { "성민", "SUNGMIN", "ソンミン" }, { "현우", "HYUNWOO", "ヒョンウ" }, { "동현", "DONGHYUN", "ドンヒョン" },
};
static const Name kr_female[] = {
  { "서연", "SEOYEON", "ソヨン" }, { "지은", "JIEUN", "ジウン" }, { "수빈", "SUBIN", "スビン" },
  { "민지", "MINJI", "ミンジ" }, { "하은", "HAEUN", "ハウン" }, { "유진", "YUJIN", "ユジン" },
};

static const Name ph_family[] = {
  { "Santos", "SANTOS", "サントス" }, { "Reyes", "REYES", "レイエス" }, { "Cruz", "CRUZ", "クルス" },
  { "Bautista", "BAUTISTA", "バウティスタ" }, { "Garcia", "GARCIA", "ガルシア" },
  { "Mendoza", "MENDOZA", "メンドーサ" }, { "Dela Cruz", "DELA CRUZ", "デラクルス" },
  { "Villanueva", "VILLANUEVA", "ビラヌエバ" }, { "Ramos", "RAMOS", "ラモス" }, { "Aquino", "AQUINO", "アキノ" },
};
static const Name ph_male[] = {
  { "Jose", "JOSE", "ホセ" }, { "Mark", "MARK", "マーク" }, { "John Paul", "JOHN PAUL", "ジョンポール" },
  { "Ramon", "RAMON", "ラモン" }, { "Angelo", "ANGELO", "アンジェロ" }, { "Christian", "CHRISTIAN", "クリスチャン" },
};
static const Name ph_female[] = {
  { "Maria", "MARIA", "マリア" }, { "Maricel", "MARICEL", "マリセル" }, { "Jenny", "JENNY", "ジェニー" },
  { "Kristine", "KRISTINE", "クリスティン" }, { "Angelica", "ANGELICA", "アンジェリカ" },
  { "Rowena", "ROWENA", "ロウェナ" },
};

static const Name np_family[] = {
  { "Gurung", "GURUNG", "グルン" }, { "Tamang", "TAMANG", "タマン" }, { "Shrestha", "SHRESTHA", "シュレスタ" },
  { "Rai", "RAI", "ライ" }, { "Magar", "MAGAR", "マガル" }, { "Thapa", "THAPA", "タパ" },
  { "Sharma", "SHARMA", "シャルマ" }, { "Adhikari", "ADHIKARI", "アディカリ" }, { "Karki", "KARKI", "カルキ" },
  { "Poudel", "POUDEL", "ポウデル" },
};
static const Name np_male[] = {
  { "Ram", "RAM", "ラム" }, { "Bikash", "BIKASH", "ビカス" }, { "Suman", "SUMAN", "スマン" },
  { "Prakash", "PRAKASH", "プラカシュ" }, { "Dipak", "DIPAK", "ディパク" }, { "Santosh", "SANTOSH", "サントス" },
};
static const Name np_female[] = {
  { "Sita", "SITA", "シタ" }, { "Gita", "GITA", "ギタ" }, { "Sunita", "SUNITA", "スニタ" },
  { "Anjali", "ANJALI", "アンジャリ" }, { "Pooja", "POOJA", "プジャ" }, { "Sabina", "SABINA", "サビナ" },
};

static const Name id_family[] = {
  { "Santoso", "SANTOSO", "サントソ" }, { "Wijaya", "WIJAYA", "ウィジャヤ" }, { "Saputra", "SAPUTRA", "サプトラ" },
  { "Hidayat", "HIDAYAT", "ヒダヤット" }, { "Kurniawan", "KURNIAWAN", "クルニアワン" },
  { "Pratama", "PRATAMA", "プラタマ" }, { "Lestari", "LESTARI", "レスタリ" },
};
static const Name id_male[] = {
  { "Agus", "AGUS", "アグス" }, { "Budi", "BUDI", "ブディ" }, { "Rizki", "RIZKI", "リズキ" },
  { "Wahyu", "WAHYU", "ワフユ" }, { "Eko", "EKO", "エコ" }, { "Fajar", "FAJAR", "ファジャル" },
};
static const Name id_female[] = {
  { "Dewi", "DEWI", "デウィ" }, { "Siti", "SITI", "シティ" }, { "Putri", "PUTRI", "プトリ" },
  { "Sri", "SRI", "スリ" }, { "Ayu", "AYU", "アユ" }, { "Indah", "INDAH", "インダ" },
};

/* Burmese names have no family name: two or three of these syllables. */
static const Name mm_male[] = {
  { "အောင်", "AUNG", "アウン" }, { "ကို", "KO", "コー" }, { "မြင့်", "MYINT", "ミン" },
  { "ဇော်", "ZAW", "ゾー" }, { "ဝင်း", "WIN", "ウィン" }, { "ကျော်", "KYAW", "チョー" },
  { "နိုင်", "NAING", "ナイン" }, { "ထွန်း", "HTUN", "トゥン" }, { "ဖြိုး", "PHYO", "ピョー" },
  { "ထက်", "HTET", "テッ" }, { "လှိုင်", "HLAING", "ライン" },
};
static const Name mm_female[] = {
  { "သီ", "THI", "ティ" }, { "ခိုင်", "KHINE", "カイン" }, { "နွယ်", "NWE", "ヌエ" },
  { "စု", "SU", "スー" }, { "မြတ်", "MYAT", "ミャッ" }, { "မေ", "MAY", "メー" },
  { "ဖြူ", "PHYU", "ピュー" }, { "ဇင်", "ZIN", "ジン" }, { "ယု", "YU", "ユ" },
};

static const Name us_family[] = {
  { "Smith", "SMITH", "スミス" }, { "Johnson", "JOHNSON", "ジョンソン" }, { "Williams", "WILLIAMS", "ウィリアムズ" },
  { "Brown", "BROWN", "ブラウン" }, { "Miller", "MILLER", "ミラー" }, { "Davis", "DAVIS", "デイビス" },
  { "Wilson", "WILSON", "ウィルソン" }, { "Anderson", "ANDERSON", "アンダーソン" },
};
static const Name us_male[] = {
  { "James", "JAMES", "ジェームズ" }, { "Michael", "MICHAEL", "マイケル" },
  { "David", "DAVID", "デイビッド" }, { "Daniel", "DANIEL", "ダニエル" },
};
static const Name us_female[] = {
  { "Emily", "EMILY", "エミリー" }, { "Sarah", "SARAH", "サラ" },
  { "Jessica", "JESSICA", "ジェシカ" }, { "Ashley", "ASHLEY", "アシュリー" },
};

static const Name lk_family[] = {
  { "Perera", "PERERA", "ペレラ" }, { "Fernando", "FERNANDO", "フェルナンド" }, { "Silva", "SILVA", "シルバ" },
  { "Jayasinghe", "JAYASINGHE", "ジャヤシンハ" }, { "Bandara", "BANDARA", "バンダラ" },
  { "Wickramasinghe", "WICKRAMASINGHE", "ウィクラマシンハ" },
};
static const Name lk_male[] = {
  { "Nimal", "NIMAL", "ニマル" }, { "Kasun", "KASUN", "カスン" },
  { "Chaminda", "CHAMINDA", "チャミンダ" }, { "Tharindu", "THARINDU", "タリンドゥ" },
};
static const Name lk_female[] = {
  { "Dilani", "DILANI", "ディラニ" }, { "Nadeesha", "NADEESHA", "ナディーシャ" },
  { "Sanduni", "SANDUNI", "サンドゥニ" }, { "Ishara", "ISHARA", "イシャラ" },
};

static const Name th_family[] = {
  { "ใจดี", "JAIDEE", "ジャイディー" }, { "ศรีสุข", "SRISUK", "シースック" }, { "บุญมา", "BOONMA", "ブンマー" },
  { "วงศ์สวัสดิ์", "WONGSAWAT", "ウォンサワット" }, { "แก้วมณี", "KAEWMANEE", "ケーウマニー" },
};
static const Name th_male[] = {
  { "สมชาย", "SOMCHAI", "ソムチャイ" }, { "ณัฐพล", "NATTHAPHON", "ナッタポン" }, { "ธนากร", "THANAKORN", "タナコーン" },
};
static const Name th_female[] = {
  { "สุดา", "SUDA", "スダー" }, { "วันเพ็ญ", "WANPEN", "ワンペン" },
  { "กมลชนก", "KAMONCHANOK", "カモンチャノック" }, { "ปิยะนุช", "PIYANUCH", "ピヤヌット" },
};

static const Name br_family[] = {
  { "Silva", "SILVA", "シルバ" }, { "Santos", "SANTOS", "サントス" }, { "Oliveira", "OLIVEIRA", "オリベイラ" },
  { "Souza", "SOUZA", "ソウザ" }, { "Pereira", "PEREIRA", "ペレイラ" }, { "Costa", "COSTA", "コスタ" },
  { "Nakamura", "NAKAMURA", "ナカムラ" },
};
static const Name br_male[] = {
  { "João", "JOAO", "ジョアン" }, { "Lucas", "LUCAS", "ルーカス" },
  { "Pedro", "PEDRO", "ペドロ" }, { "Rafael", "RAFAEL", "ハファエル" },
};
static const Name br_female[] = {
  { "Ana", "ANA", "アナ" }, { "Juliana", "JULIANA", "ジュリアナ" },
  { "Camila", "CAMILA", "カミラ" }, { "Fernanda", "FERNANDA", "フェルナンダ" },
};

static const Name mn_family[] = {
  { "Ганбат", "GANBAT", "ガンバト" }, { "Болд", "BOLD", "ボルド" }, { "Дорж", "DORJ", "ドルジ" },
  { "Батсүх", "BATSUKH", "バトスフ" },
};
static const Name mn_male[] = {
  { "Батбаяр", "BATBAYAR", "バトバヤル" }, { "Тэмүүлэн", "TEMUULEN", "テムーレン" }, { "Ганзориг", "GANZORIG", "ガンゾリグ" },
};
static const Name mn_female[] = {
  { "Энхжаргал", "ENKHJARGAL", "エンフジャルガル" }, { "Сарнай", "SARNAI", "サルナイ" }, { "Оюунаа", "OYUUNAA", "オユーナー" },
};

static const Name jp_family[] = {
  { "田中", "", "タナカ" }, { "中村", "", "ナカムラ" }, { "松本", "", "マツモト" }, { "井上", "", "イノウエ" },
  { "坂本", "", "サカモト" }, { "村上", "", "ムラカミ" }, { "緒方", "", "オガタ" }, { "林田", "", "ハヤシダ" },
  { "上田", "", "ウエダ" }, { "西村", "", "ニシムラ" }, { "山下", "", "ヤマシタ" }, { "吉田", "", "ヨシダ" },
  { "本田", "", "ホンダ" }, { "宮本", "", "ミヤモト" }, { "古川", "", "フルカワ" }, { "永田", "", "ナガタ" },
  { "荒木", "", "アラキ" }, { "松永", "", "マツナガ" }, { "園田", "", "ソノダ" }, { "前田", "", "マエダ" },
};
static const Name jp_male[] = {
  { "浩二", "", "コウジ" }, { "健太", "", "ケンタ" }, { "大輔", "", "ダイスケ" }, { "誠", "", "マコト" },
  { "翔太", "", "ショウタ" }, { "隆", "", "タカシ" }, { "修", "", "オサム" }, { "和也", "", "カズヤ" },
};
static const Name jp_female[] = {
  { "恵子", "", "ケイコ" }, { "陽子", "", "ヨウコ" }, { "美咲", "", "ミサキ" }, { "由美", "", "ユミ" },
  { "裕子", "", "ユウコ" }, { "彩", "", "アヤ" }, { "千尋", "", "チヒロ" }, { "智子", "", "トモコ" },
};

#define LIST(a) a, G_N_ELEMENTS (a)
#define NONE NULL, 0

/* Roughly the mix of Kumamoto City's foreign residents: Vietnam first. */
static const Nationality nationalities[] = {
  { "VN", "vi", 300, 100, FALSE, LIST (vn_family), LIST (vn_mid_m), LIST (vn_mid_f), LIST (vn_male), LIST (vn_female) },
  { "CN", "zh", 160, 100, FALSE, LIST (cn_family), NONE, NONE, LIST (cn_male), LIST (cn_female) },
  { "PH", "tl", 100, 100, FALSE, LIST (ph_family), NONE, NONE, LIST (ph_male), LIST (ph_female) },
  { "NP", "ne", 80, 100, FALSE, LIST (np_family), NONE, NONE, LIST (np_male), LIST (np_female) },
  { "KR", "ko", 60, 100, FALSE, LIST (kr_family), NONE, NONE, LIST (kr_male), LIST (kr_female) },
  { "ID", "id", 60, 45, FALSE, LIST (id_family), NONE, NONE, LIST (id_male), LIST (id_female) },
  { "MM", "my", 55, 0, TRUE, NONE, NONE, NONE, LIST (mm_male), LIST (mm_female) },
  { "US", "en", 30, 100, FALSE, LIST (us_family), NONE, NONE, LIST (us_male), LIST (us_female) },
  { "LK", "si", 25, 100, FALSE, LIST (lk_family), NONE, NONE, LIST (lk_male), LIST (lk_female) },
  { "TH", "th", 22, 100, FALSE, LIST (th_family), NONE, NONE, LIST (th_male), LIST (th_female) },
  { "TW", "zh", 22, 100, FALSE, LIST (tw_family), NONE, NONE, LIST (tw_male), LIST (tw_female) },
  { "BR", "pt", 15, 100, FALSE, LIST (br_family), NONE, NONE, LIST (br_male), LIST (br_female) },
  { "MN", "mn", 15, 100, FALSE, LIST (mn_family), NONE, NONE, LIST (mn_male), LIST (mn_female) },
};

const Nationality demo_japan =
  { "JP", "ja", 0, 100, FALSE, LIST (jp_family), NONE, NONE, LIST (jp_male), LIST (jp_female) };

/* --- languages, skills, trainings ---------------------------------------- */

const char *const demo_lang_codes[] = {
  "ja", "en", "zh", "ko", "vi", "tl", "ne", "id", "my", "pt", "es", "th", "si", "mn", "fr", "de",
};
G_STATIC_ASSERT (G_N_ELEMENTS (demo_lang_codes) == N_LANGS);

const char *const demo_levels[] = { "native", "fluent", "business", "conversational", "basic" };

const char *const demo_skill_keys[] = {
  "interpretation", "translation", "class-assistant", "event-support",
  "childcare", "it", "disaster-support", "homestay",
};
G_STATIC_ASSERT (G_N_ELEMENTS (demo_skill_keys) == N_SKILLS);

const char *const demo_training_keys[] = { "orientation", "disaster-support", "interpreter", "privacy" };
G_STATIC_ASSERT (G_N_ELEMENTS (demo_training_keys) == N_TRAININGS);

const Nationality *
demo_pick_nationality (Demo *d)
{
  guint total = 0, r;

  for (guint i = 0; i < G_N_ELEMENTS (nationalities); i++)
    total += nationalities[i].weight;
  r = demo_rnd (d, total);
  for (guint i = 0; i < G_N_ELEMENTS (nationalities); i++)
    {
      if (r < nationalities[i].weight)
        return &nationalities[i];
      r -= nationalities[i].weight;
    }
  g_assert_not_reached ();
}
