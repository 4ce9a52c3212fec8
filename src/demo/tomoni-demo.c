/* tomoni-demo.c: deterministic sample data for demonstrations and tests
 *
 * Everything comes from one seeded GRand, consumed in a fixed order: the same
 * seed gives the same rows, UUIDs, pseudonyms and timestamps (derived from
 * the data's own dates, never from the clock).
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-demo"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "tomoni-date.h"
#include "tomoni-holidays.h"
#include "tomoni-person.h"
#include "tomoni-demo.h"
#include "tomoni-store-people-private.h"
#include "tomoni-store-private.h"
#include "tomoni-store-activities-private.h"
#include "tomoni-store-classes-private.h"
#include "tomoni-store-skills.h"
#include "tomoni-store-targets.h"
#include "tomoni-store-targets-private.h"
#include "tomoni-store-volunteers-private.h"

/* --- names --------------------------------------------------------------- */

typedef struct {
  const char *native;
  const char *latin;   /* as on a residence card, upper case */
  const char *kana;
} Name;

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

typedef struct {
  const char *code;          /* ISO 3166-1 alpha-2 */
  const char *language;      /* ISO 639-1 */
  guint       weight;        /* share of learners, relative */
  guint       split_percent; /* names with a family/given split */
  gboolean    syllables;     /* given names of 2–3 syllables (Myanmar) */
  const Name *family;  guint n_family;
  const Name *mid_m;   guint n_mid_m;
  const Name *mid_f;   guint n_mid_f;
  const Name *male;    guint n_male;
  const Name *female;  guint n_female;
} Nationality;

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

static const Nationality japan =
  { "JP", "ja", 0, 100, FALSE, LIST (jp_family), NONE, NONE, LIST (jp_male), LIST (jp_female) };

/* --- languages, skills, trainings ---------------------------------------- */

static const char *const lang_codes[] = {
  "ja", "en", "zh", "ko", "vi", "tl", "ne", "id", "my", "pt", "es", "th", "si", "mn", "fr", "de",
};
#define N_LANGS G_N_ELEMENTS (lang_codes)

typedef struct {
  const char *code;
  const char *name_ja;
  const char *name_en;
  guint       weight;   /* share of interpreting requests */
} RequestLanguage;

static const RequestLanguage request_languages[] = {
  { "vi", "ベトナム語", "Vietnamese", 35 }, { "zh", "中国語", "Chinese", 15 },
  { "tl", "タガログ語", "Tagalog", 10 }, { "ne", "ネパール語", "Nepali", 10 },
  { "en", "英語", "English", 10 }, { "ko", "韓国語", "Korean", 5 },
  { "id", "インドネシア語", "Indonesian", 5 }, { "my", "ミャンマー語", "Burmese", 5 },
  { "pt", "ポルトガル語", "Portuguese", 3 }, { "th", "タイ語", "Thai", 2 },
};

static const char *const levels[] = { "native", "fluent", "business", "conversational", "basic" };
enum { NATIVE, FLUENT, BUSINESS, CONVERSATIONAL, BASIC };

static const char *const skill_keys[] = {
  "interpretation", "translation", "class-assistant", "event-support",
  "childcare", "it", "disaster-support", "homestay",
};
enum { SK_INTERPRETATION, SK_TRANSLATION, SK_CLASS, SK_EVENT, SK_CHILDCARE, SK_IT, SK_DISASTER, SK_HOMESTAY, N_SKILLS };

static const char *const training_keys[] = { "orientation", "disaster-support", "interpreter", "privacy" };
enum { TR_ORIENTATION, TR_DISASTER, TR_INTERPRETER, TR_PRIVACY, N_TRAININGS };

/* --- venues and classes ---------------------------------------------------- */

typedef struct {
  const char *name;
  const char *name_en;
  const char *ward;
  const char *address;
} VenueDef;

static const VenueDef center_def =
  { "熊本市国際交流会館", "Kumamoto City International Center", "chuo", "熊本市中央区花畑町4-18" };

/* The first five are the ward community centers the small scale uses. */
static const VenueDef community_defs[] = {
  { "中央公民館", "Chuo Community Center", "chuo", "熊本市中央区" },
  { "東部公民館", "Tobu Community Center", "higashi", "熊本市東区" },
  { "西部公民館", "Seibu Community Center", "nishi", "熊本市西区" },
  { "南部公民館", "Nanbu Community Center", "minami", "熊本市南区" },
  { "北部公民館", "Hokubu Community Center", "kita", "熊本市北区" },
  { "大江まちづくりセンター", "Oe Community Development Center", "chuo", "熊本市中央区" },
  { "託麻まちづくりセンター", "Takuma Community Development Center", "higashi", "熊本市東区" },
  { "河内まちづくりセンター", "Kawachi Community Development Center", "nishi", "熊本市西区" },
  { "城南公民館", "Jonan Community Center", "minami", "熊本市南区" },
  { "植木公民館", "Ueki Community Center", "kita", "熊本市北区" },
  { "五福まちづくりセンター", "Gofuku Community Development Center", "chuo", "熊本市中央区" },
  { "健軍まちづくりセンター", "Kengun Community Development Center", "higashi", "熊本市東区" },
  { "花園まちづくりセンター", "Hanazono Community Development Center", "nishi", "熊本市西区" },
  { "富合公民館", "Tomiai Community Center", "minami", "熊本市南区" },
  { "清水まちづくりセンター", "Shimizu Community Development Center", "kita", "熊本市北区" },
  { "京町まちづくりセンター", "Kyomachi Community Development Center", "chuo", "熊本市中央区" },
  { "長嶺まちづくりセンター", "Nagamine Community Development Center", "higashi", "熊本市東区" },
  { "城山まちづくりセンター", "Joyama Community Development Center", "nishi", "熊本市西区" },
  { "天明まちづくりセンター", "Tenmei Community Development Center", "minami", "熊本市南区" },
  { "龍田まちづくりセンター", "Tatsuda Community Development Center", "kita", "熊本市北区" },
  { "水前寺まちづくりセンター", "Suizenji Community Development Center", "chuo", "熊本市中央区" },
  { "秋津まちづくりセンター", "Akitsu Community Development Center", "higashi", "熊本市東区" },
  { "島崎まちづくりセンター", "Shimasaki Community Development Center", "nishi", "熊本市西区" },
  { "川尻まちづくりセンター", "Kawashiri Community Development Center", "minami", "熊本市南区" },
  { "楠まちづくりセンター", "Kusunoki Community Development Center", "kita", "熊本市北区" },
  { "幸田まちづくりセンター", "Koda Community Development Center", "minami", "熊本市南区" },
};

typedef struct {
  const char *name;
  guint       capacity;
} RoomDef;

static const RoomDef center_rooms[] = {
  { "第1研修室", 24 }, { "第2研修室", 24 }, { "第3研修室", 18 }, { "第1会議室", 30 },
  { "第2会議室", 16 }, { "和室", 20 }, { "ホール", 120 },
};
static const RoomDef community_rooms[] = {
  { "第1講座室", 30 }, { "第2講座室", 24 }, { "和室", 20 }, { "研修室", 36 },
};

#define WD(d) (1u << (d))   /* 1 = Monday … 7 = Sunday */
enum { MON = 1, TUE, WED, THU, FRI, SAT, SUN };

typedef struct {
  const char *title_ja;    /* community classes: level and venue are added */
  const char *title_en;
  const char *level;
  const char *group;
  const char *format;
  guint       weekdays;
  guint       start;
  guint       end;
  guint       capacity;
  gboolean    holidays;
  int         room;        /* index into the venue's rooms, -1 none */
} ClassDef;

/* The International Center's own classes; the small scale takes the first eight. */
static const ClassDef center_classes[] = {
  { "日本語教室 初級A（火曜）", "Japanese Class Beginner A (Tuesday)", "A1", "adults", "in-person", WD (TUE), 600, 720, 20, FALSE, 0 },
  { "日本語教室 中級（水曜）", "Japanese Class Intermediate (Wednesday)", "B1", "adults", "in-person", WD (WED), 600, 720, 18, FALSE, 1 },
  { "日曜日本語教室 初級", "Sunday Japanese Class Beginner", "A1", "adults", "in-person", WD (SUN), 600, 720, 24, TRUE, 3 },
  { "日本語 入門集中コース（月・水・金）", "Intensive Introductory Course (Mon, Wed, Fri)", "pre-A1", "adults", "in-person",
    WD (MON) | WD (WED) | WD (FRI), 780, 900, 12, FALSE, 2 },
  { "子ども日本語教室（木曜）", "Japanese for Children of Foreign Descent (Thursday)", "A1", "children", "in-person", WD (THU), 960, 1050, 15, FALSE, 4 },
  { "日本語教室 初級B（火曜夜）", "Japanese Class Beginner B (Tuesday evening)", "A2", "adults", "in-person", WD (TUE), 1110, 1230, 20, FALSE, 0 },
  { "日曜日本語教室 中上級", "Sunday Japanese Class Upper Intermediate", "B2", "adults", "in-person", WD (SUN), 810, 930, 16, TRUE, 3 },
  { "オンライン日本語教室（木曜夜）", "Online Japanese Class (Thursday evening)", "A2", "adults", "online", WD (THU), 1140, 1230, 20, FALSE, -1 },
  { "日本語教室 入門（水曜夜）", "Japanese Class Introductory (Wednesday evening)", "pre-A1", "adults", "in-person", WD (WED), 1110, 1230, 16, FALSE, 1 },
  { "親子で日本語（土曜）", "Parent-and-Child Japanese (Saturday)", "pre-A1", "parents-and-children", "in-person", WD (SAT), 600, 690, 12, FALSE, 5 },
  { "技能実習生のための日本語（日曜）", "Japanese for Technical Interns (Sunday)", "A2", "workers", "in-person", WD (SUN), 810, 930, 20, TRUE, 0 },
  { "ハイブリッド日本語教室 中級（金曜夜）", "Hybrid Japanese Class Intermediate (Friday evening)", "B1", "adults", "hybrid", WD (FRI), 1110, 1230, 20, FALSE, 0 },
};
#define SMALL_CENTER_CLASSES 6

/* Regional classes in each community venue; the small scale takes one of them. */
static const ClassDef community_classes[] = {
  { "地域日本語教室", "Community Japanese Class", "A1", "adults", "in-person", WD (SAT), 600, 720, 16, FALSE, 0 },
  { "地域日本語教室 夜間", "Community Japanese Class, evenings", "pre-A1", "adults", "in-person", WD (MON) | WD (TUE) | WD (THU), 1140, 1260, 16, FALSE, 0 },
  { "地域日本語教室", "Community Japanese Class", "A2", "adults", "in-person", WD (MON) | WD (WED), 1140, 1260, 18, FALSE, 1 },
  { "働く人の日本語", "Japanese for Workers", "A1", "workers", "in-person", WD (SUN), 600, 720, 20, TRUE, 1 },
  { "子ども日本語教室", "Japanese for Children", "A1", "children", "in-person", WD (TUE) | WD (THU) | WD (FRI), 960, 1050, 15, FALSE, 2 },
  { "親子日本語教室", "Parent-and-Child Japanese", "pre-A1", "parents-and-children", "in-person", WD (SAT), 600, 690, 12, FALSE, 2 },
  { "地域日本語教室 昼間", "Community Japanese Class, daytime", "B1", "adults", "in-person", WD (WED) | WD (FRI), 600, 720, 18, FALSE, 3 },
};

static const char *const weekday_ja[] = { "", "月", "火", "水", "木", "金", "土", "日" };
static const char *const weekday_en[] = { "", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" };

static const char *
level_name_ja (const char *level)
{
  static const char *const names[][2] = {
    { "pre-A1", "入門" }, { "A1", "初級1" }, { "A2", "初級2" }, { "B1", "中級1" }, { "B2", "中級2" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (strcmp (names[i][0], level) == 0)
      return names[i][1];
  return level;
}

static const char *
level_name_en (const char *level)
{
  static const char *const names[][2] = {
    { "pre-A1", "Introductory" }, { "A1", "Beginner 1" }, { "A2", "Beginner 2" },
    { "B1", "Intermediate 1" }, { "B2", "Intermediate 2" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (strcmp (names[i][0], level) == 0)
      return names[i][1];
  return level;
}

/* --- the generator's state -------------------------------------------------- */

typedef struct {
  gint64      id;
  const char *ward;
  gint64      room_ids[8];
  guint       room_caps[8];
  guint       n_rooms;
} VenueInfo;

typedef struct {
  gint64   person_id;
  guint32  first;        /* first registration (julian) */
  guint32  expires;
  guint8   status;       /* 0 active, 1 paused, 2 retired */
  guint8   cap;
  guint8   skills;       /* bit per SK_* */
  guint8   trainings;    /* bit per TR_* */
  guint8   n_langs;
  guint8   langs[4];
  guint8   levels[4];
} VolInfo;

typedef struct {
  gint64   person_id;
  guint32  from;         /* attends sessions from … */
  guint32  until;        /* … until (inclusive) */
  guint32  enrolled_on;
  guint32  withdrawn_on; /* 0 none */
  guint32  promoted_on;  /* 0 none */
  int      status;       /* 0 enrolled, 1 waiting, 2 withdrawn */
  int      position;
  double   reliability;
} Seat;

typedef struct {
  gint64          id;
  const ClassDef *def;
  guint           venue;       /* index into venues */
  gint64          room_id;     /* 0 none */
  GArray         *continuing;  /* gint64 person ids for the next term */
} ClassInfo;

typedef struct {
  TomoniStore        *store;
  GRand              *rand;
  TomoniDemoScale     scale;
  TomoniProgressFunc  progress;
  gpointer            progress_data;
  GCancellable       *cancellable;
  GError             *error;

  int                 first_fy;
  int                 last_fy;
  guint32             today;

  /* dates from base on: "YYYY-MM-DD", holiday name or NULL */
  guint32             base;
  guint               n_days;
  char              (*day_str)[11];
  const char        **holiday;

  char                uuid[37];
  char                stamp[21];

  gint64              skill_ids[N_SKILLS];
  gint64              training_ids[N_TRAININGS];

  GArray             *venues;      /* VenueInfo */
  GHashTable         *closed;      /* (venue index + 1) << 24 | day → reason; 0 << 24 the whole Center */
  GArray             *teachers;    /* gint64 person ids */
  GArray             *volunteers;  /* VolInfo */
  GArray             *by_lang[N_LANGS];   /* guint volunteer indices */
  GArray             *by_skill[N_SKILLS]; /* guint volunteer indices */
  GArray             *classes;     /* ClassInfo */
  GArray             *recent;      /* gint64 learner ids, a ring for walk-ins */
  guint               recent_next;
  GHashTable         *busy;        /* volunteer index << 24 | day */
  GHashTable         *monthly;     /* volunteer index << 16 | month number → count */

  guint               n_people;
  guint               next_teacher;
  gboolean            leave_open;  /* add_slot leaves places to fill */
  double              done;        /* progress */
} Demo;

/* --- small helpers ----------------------------------------------------------- */

static guint
rnd (Demo *d,
     guint n)
{
  g_assert (n > 0);
  return (guint) g_rand_int_range (d->rand, 0, (gint32) n);
}

static int
between (Demo *d,
         int   lo,
         int   hi)
{
  return g_rand_int_range (d->rand, lo, hi + 1);
}

static gboolean
chance (Demo   *d,
        double  p)
{
  return g_rand_double (d->rand) < p;
}

static const Name *
pick_name (Demo       *d,
           const Name *names,
           guint       n)
{
  return &names[rnd (d, n)];
}

static guint32
julian (int y,
        int m,
        int day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, m, y);
  return g_date_get_julian (&date);
}

static void
split_julian (guint32  j,
              int     *y,
              int     *m,
              int     *day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, j);
  *y = g_date_get_year (&date);
  *m = g_date_get_month (&date);
  *day = g_date_get_day (&date);
}

/* 1 = Monday … 7 = Sunday; julian day 1 (1 January of year 1) is a Monday. */
static guint
weekday_of (guint32 j)
{
  return (j - 1) % 7 + 1;
}

static const char *
ds (Demo    *d,
    guint32  j)
{
  g_assert (j >= d->base && j - d->base < d->n_days);
  return d->day_str[j - d->base];
}

/* Nothing is written before it happened: record dates are clamped to the
 * sample's today. */
static guint32
clamp_today (Demo    *d,
             guint32  j)
{
  return MIN (j, d->today);
}

static void
format_date (guint32  j,
             char     out[11])
{
  int y, m, day;

  split_julian (j, &y, &m, &day);
  g_snprintf (out, 11, "%04d-%02d-%02d", y, m, day);
}

/* created_at/updated_at: a local date and time (Asia/Tokyo) in UTC. */
static void
make_stamp (Demo    *d,
            guint32  j,
            int      local_minute,
            char     out[21])
{
  int utc = local_minute - 9 * 60;

  if (utc < 0)
    {
      j--;
      utc += 24 * 60;
    }
  g_snprintf (out, 21, "%sT%02d:%02d:00Z", ds (d, j), utc / 60, utc % 60);
}

/* A version-4 UUID from the seeded generator. */
static void
make_uuid (Demo *d,
           char  out[37])
{
  static const char hex[] = "0123456789abcdef";
  guint8 b[16];
  char *p = out;

  for (guint i = 0; i < 4; i++)
    {
      guint32 r = g_rand_int (d->rand);
      b[4 * i] = r >> 24;
      b[4 * i + 1] = r >> 16;
      b[4 * i + 2] = r >> 8;
      b[4 * i + 3] = r;
    }
  b[6] = 0x40 | (b[6] & 0x0f);
  b[8] = 0x80 | (b[8] & 0x3f);
  for (guint i = 0; i < 16; i++)
    {
      if (i == 4 || i == 6 || i == 8 || i == 10)
        *p++ = '-';
      *p++ = hex[b[i] >> 4];
      *p++ = hex[b[i] & 0xf];
    }
  *p = '\0';
}

/* A new row's UUID and stamp (the stamp of @j at @minute), in d->uuid and
 * d->stamp, for a row writer's uuid, created_at and updated_at. */
static void
row_stamp (Demo    *d,
           guint32  j,
           int      minute)
{
  make_uuid (d, d->uuid);
  make_stamp (d, j, minute, d->stamp);
}

static gboolean
report (Demo       *d,
        double      fraction,
        const char *what)
{
  d->done = fraction;
  if (d->progress != NULL)
    d->progress (MIN (fraction, 1.0), what, d->progress_data);
  return !g_cancellable_set_error_if_cancelled (d->cancellable, &d->error);
}

/* The id of the target with @key, 0 when there is none. */
static gint64
target_id_of (Demo       *d,
              const char *key)
{
  g_autoptr(TomoniTarget) target = tomoni_store_get_target (d->store, key, NULL);

  return target != NULL ? tomoni_target_get_id (target) : 0;
}

static const char *
pick_ward (Demo       *d,
           const char *near)
{
  static const char *const wards[] = {
    "chuo", "chuo", "chuo", "higashi", "higashi", "kita", "kita", "nishi", "minami", "minami", "outside",
  };

  if (near != NULL && chance (d, 0.6))
    return near;
  return wards[rnd (d, G_N_ELEMENTS (wards))];
}

static const Nationality *
pick_nationality (Demo *d)
{
  guint total = 0, r;

  for (guint i = 0; i < G_N_ELEMENTS (nationalities); i++)
    total += nationalities[i].weight;
  r = rnd (d, total);
  for (guint i = 0; i < G_N_ELEMENTS (nationalities); i++)
    {
      if (r < nationalities[i].weight)
        return &nationalities[i];
      r -= nationalities[i].weight;
    }
  g_assert_not_reached ();
}

static guint
lang_index (const char *code)
{
  for (guint i = 0; i < N_LANGS; i++)
    if (strcmp (lang_codes[i], code) == 0)
      return i;
  g_assert_not_reached ();
}

static const char *
age_band_of (int age)
{
  if (age < 15)
    return "0-14";
  if (age < 20)
    return "15-19";
  if (age >= 70)
    return "70+";
  {
    static const char *const bands[] = { "20-29", "30-39", "40-49", "50-59", "60-69" };
    return bands[age / 10 - 2];
  }
}

/* --- people -------------------------------------------------------------------- */

typedef struct {
  const Nationality *nat;
  int                age_lo;      /* age on @created */
  int                age_hi;
  gboolean           need_birth;  /* children: a birth date, always */
  guint32            created;
  const char        *ward;
} PersonSpec;

static gint64
add_person (Demo             *d,
            const PersonSpec *spec)
{
  const Nationality *nat = spec->nat;
  g_autoptr(TomoniPerson) person = tomoni_person_new ();
  g_autoptr(GString) given = g_string_new (NULL);
  g_autoptr(GString) given_latin = g_string_new (NULL);
  g_autoptr(GString) given_kana = g_string_new (NULL);
  g_autofree char *reading = NULL;
  g_autofree char *latin = NULL;
  g_autofree char *sort_key = NULL;
  g_autofree char *search_text = NULL;
  g_autofree char *email = NULL;
  g_autofree char *phone = NULL;
  const Name *family = NULL;
  gboolean japanese = nat == &japan;
  gboolean female = chance (d, 0.52);
  const char *gender = chance (d, 0.04) ? "" : female ? "female" : "male";
  int age = between (d, spec->age_lo, spec->age_hi);
  char birth[11] = "";
  char consent_date[11] = "";
  char pseudonym[20];
  const char *contact = nat->language;
  TomoniPersonRow row = { 0 };
  gint64 id = 0;
  int cy, cm, cd;

  if (nat->syllables)
    {
      const Name *pool = female ? nat->female : nat->male;
      guint n = female ? nat->n_female : nat->n_male;
      guint count = chance (d, 0.6) ? 2 : 3;

      for (guint i = 0; i < count; i++)
        {
          const Name *s = pick_name (d, pool, n);
          g_string_append (given, s->native);
          g_string_append_printf (given_latin, "%s%s", i > 0 ? " " : "", s->latin);
          g_string_append_printf (given_kana, "%s%s", i > 0 ? "・" : "", s->kana);
        }
    }
  else
    {
      const Name *mid = NULL;
      const Name *name;

      if (female && nat->n_mid_f > 0)
        mid = pick_name (d, nat->mid_f, nat->n_mid_f);
      else if (!female && nat->n_mid_m > 0)
        mid = pick_name (d, nat->mid_m, nat->n_mid_m);
      name = female ? pick_name (d, nat->female, nat->n_female) : pick_name (d, nat->male, nat->n_male);
      if (mid != NULL)
        {
          g_string_append_printf (given, "%s ", mid->native);
          g_string_append_printf (given_latin, "%s ", mid->latin);
          g_string_append_printf (given_kana, "%s・", mid->kana);
        }
      g_string_append (given, name->native);
      g_string_append (given_latin, name->latin);
      g_string_append (given_kana, name->kana);
    }
  if (nat->n_family > 0 && rnd (d, 100) < nat->split_percent)
    family = pick_name (d, nat->family, nat->n_family);

  if (family != NULL && japanese)
    reading = g_strconcat (family->kana, " ", given_kana->str, NULL);
  else if (family != NULL)
    reading = g_strconcat (family->kana, "・", given_kana->str, NULL);
  else
    reading = g_strdup (given_kana->str);
  if (japanese)
    latin = g_strdup ("");
  else if (family != NULL)
    latin = g_strconcat (family->latin, " ", given_latin->str, NULL);
  else
    latin = g_strdup (given_latin->str);

  split_julian (spec->created, &cy, &cm, &cd);
  if (spec->need_birth || chance (d, 0.6))
    {
      /* born age years before created, on a random day of that year */
      guint32 j = julian (cy - age - 1, cm, MIN (cd, 28)) + rnd (d, 365);
      format_date (j, birth);
    }

  if (!japanese)
    {
      if (chance (d, 0.12))
        contact = "ja";
      else if (chance (d, 0.05) && strcmp (nat->code, "US") != 0)
        contact = "en";
    }
  d->n_people++;
  if (chance (d, 0.6))
    {
      g_autofree char *base = g_ascii_strdown (japanese ? "user" : given_latin->str, -1);
      for (char *p = base; *p != '\0'; p++)
        if (!g_ascii_isalnum (*p))
          {
            *p = '\0';
            break;
          }
      email = g_strdup_printf ("%s%u@example.jp", base, d->n_people);
    }
  if (chance (d, 0.5))
    phone = g_strdup_printf ("070-0000-%04u", rnd (d, 10000));

  tomoni_person_set_field (person, TOMONI_PERSON_FAMILY_NAME, family != NULL ? family->native : "");
  tomoni_person_set_field (person, TOMONI_PERSON_GIVEN_NAME, given->str);
  tomoni_person_set_field (person, TOMONI_PERSON_READING, reading);
  tomoni_person_set_field (person, TOMONI_PERSON_LATIN_NAME, latin);
  tomoni_person_set_field (person, TOMONI_PERSON_NATIONALITY, nat->code);
  tomoni_person_set_field (person, TOMONI_PERSON_BIRTH_DATE, birth);
  tomoni_person_set_field (person, TOMONI_PERSON_AGE_BAND, *birth == '\0' ? age_band_of (age) : "");
  tomoni_person_set_field (person, TOMONI_PERSON_GENDER, gender);
  tomoni_person_set_field (person, TOMONI_PERSON_WARD, spec->ward);
  tomoni_person_set_field (person, TOMONI_PERSON_EMAIL, email);
  tomoni_person_set_field (person, TOMONI_PERSON_PHONE, phone);
  tomoni_person_set_field (person, TOMONI_PERSON_CONTACT_LANGUAGE, contact);
  if (!japanese && chance (d, 0.03))
    tomoni_person_set_field (person, TOMONI_PERSON_NOTES, "連絡はやさしい日本語で");
  tomoni_person_set_consent (person, chance (d, 0.93));
  if (tomoni_person_get_consent (person))
    g_strlcpy (consent_date, ds (d, spec->created), sizeof consent_date);

  if (!tomoni_person_normalize (person, NULL, &d->error))
    return 0;
  sort_key = tomoni_store_person_sort_key (person);
  search_text = tomoni_store_person_search_text (person);
  g_snprintf (pseudonym, sizeof pseudonym, "P-%04x-%04x-%04x",
              rnd (d, 0x10000), rnd (d, 0x10000), rnd (d, 0x10000));

  row_stamp (d, spec->created, 600 + rnd (d, 480));
  tomoni_person_row_set_fields (&row, person);
  row.uuid = d->uuid;
  row.created_at = row.updated_at = d->stamp;
  row.consent = tomoni_person_get_consent (person);
  row.consent_date = *consent_date != '\0' ? consent_date : NULL;
  row.sort_key = sort_key;
  row.search_text = search_text;
  row.pseudonym = pseudonym;
  if (!tomoni_person_row_insert (d->store, &row, &id, &d->error))
    return 0;
  return id;
}

static gboolean
add_language (Demo       *d,
              gint64      person_id,
              guint32     created,
              const char *code,
              guint       level,
              const char *jlpt,
              const char *proof)
{
  TomoniPersonLanguageRow row = { 0 };

  row_stamp (d, created, 660);
  row.uuid = d->uuid;
  row.created_at = row.updated_at = d->stamp;
  row.person_id = person_id;
  row.code = code;
  row.level = levels[level];
  row.jlpt = jlpt;
  row.proof = proof != NULL ? proof : "";
  return tomoni_person_language_row_insert (d->store, &row, NULL, &d->error);
}

/* --- venues, rooms, closures ----------------------------------------------------- */

static gboolean
add_closure (Demo       *d,
             int         venue,      /* index, -1 the whole Center */
             guint32     start,
             guint32     end,
             const char *reason)
{
  TomoniClosureRow row = { 0 };

  row_stamp (d, clamp_today (d, start - 60), 600);
  row.uuid = d->uuid;
  row.created_at = row.updated_at = d->stamp;
  if (venue >= 0)
    row.venue_id = g_array_index (d->venues, VenueInfo, venue).id;
  row.start_date = ds (d, start);
  row.end_date = ds (d, end);
  row.reason = reason;
  if (!tomoni_closure_row_insert (d->store, &row, NULL, &d->error))
    return FALSE;
  for (guint32 j = start; j <= end; j++)
    g_hash_table_insert (d->closed, GUINT_TO_POINTER ((guint) (venue + 1) << 24 | (j - d->base)), (gpointer) reason);
  return TRUE;
}

static guint32
nth_weekday (int   y,
             int   m,
             guint weekday,
             guint n)
{
  guint32 j = julian (y, m, 1);

  while (weekday_of (j) != weekday)
    j++;
  return j + 7 * (n - 1);
}

static gboolean
add_venue (Demo           *d,
           const VenueDef *def,
           const RoomDef  *rooms,
           guint           n_rooms)
{
  guint32 created = julian (d->first_fy - 1, 3, 1);
  VenueInfo info = { 0 };
  TomoniVenueRow row = { 0 };

  row_stamp (d, created, 600);
  row.uuid = d->uuid;
  row.created_at = row.updated_at = d->stamp;
  row.name = def->name;
  row.name_en = def->name_en;
  row.ward = def->ward;
  row.address = def->address;
  if (!tomoni_venue_row_insert (d->store, &row, &info.id, &d->error))
    return FALSE;
  info.ward = def->ward;
  info.n_rooms = n_rooms;
  for (guint i = 0; i < n_rooms; i++)
    {
      TomoniRoomRow room = { 0 };

      row_stamp (d, created, 610);
      room.uuid = d->uuid;
      room.created_at = room.updated_at = d->stamp;
      room.venue_id = info.id;
      room.name = rooms[i].name;
      room.capacity = rooms[i].capacity;
      if (!tomoni_room_row_insert (d->store, &room, &info.room_ids[i], &d->error))
        return FALSE;
      info.room_caps[i] = rooms[i].capacity;
    }
  g_array_append_val (d->venues, info);
  return TRUE;
}

static gboolean
add_venues (Demo *d)
{
  guint n_community = d->scale == TOMONI_DEMO_SMALL ? 5 : G_N_ELEMENTS (community_defs);

  if (!add_venue (d, &center_def, center_rooms, G_N_ELEMENTS (center_rooms)))
    return FALSE;
  for (guint i = 0; i < n_community; i++)
    if (!add_venue (d, &community_defs[i], community_rooms, G_N_ELEMENTS (community_rooms)))
      return FALSE;

  for (int fy = d->first_fy; fy <= d->last_fy; fy++)
    {
      /* the whole Center: one inspection day a year, a Wednesday in February */
      guint32 j = nth_weekday (fy + 1, 2, WED, 1 + rnd (d, 3));
      if (!add_closure (d, -1, j, j, "全館設備点検のため休館"))
        return FALSE;

      /* the International Center: a cleaning day, and some years work on the hall */
      j = nth_weekday (fy, 6 + rnd (d, 6), 1 + rnd (d, 7), 1 + rnd (d, 3));
      if (!add_closure (d, 0, j, j, "館内清掃のため休館"))
        return FALSE;
      if (fy % 4 == 1)
        {
          j = nth_weekday (fy, 11, MON, 2);
          if (!add_closure (d, 0, j, j + 2, "空調設備改修工事のため休館"))
            return FALSE;
        }

      for (guint v = 1; v < d->venues->len; v++)
        {
          j = nth_weekday (fy, 5 + rnd (d, 7), 1 + rnd (d, 6), 1 + rnd (d, 4));
          if (!add_closure (d, v, j, j, "定期点検のため休館"))
            return FALSE;
          /* elections: the community centers are polling stations */
          if (fy % 2 == 0 && chance (d, 0.7))
            {
              j = nth_weekday (fy, 7, SUN, 2);
              if (!add_closure (d, v, j - 1, j, "選挙の投票所設営のため休館"))
                return FALSE;
            }
        }
    }
  return TRUE;
}

/* --- teachers and volunteers -------------------------------------------------------- */

static gboolean
add_teachers (Demo *d)
{
  guint n = d->scale == TOMONI_DEMO_SMALL ? 10 : 180;

  for (guint i = 0; i < n; i++)
    {
      PersonSpec spec = { &japan, 28, 68, FALSE, julian (d->first_fy - 1, 3, 1) + rnd (d, 25), pick_ward (d, NULL) };
      gint64 id = add_person (d, &spec);

      if (id == 0)
        return FALSE;
      g_array_append_val (d->teachers, id);
    }
  return TRUE;
}

static const char *const en_proofs[] = { "TOEIC 850", "TOEIC 730", "英検準1級", "英検1級", "英検2級", "TOEFL iBT 95" };
static const char *const zh_proofs[] = { "HSK 5級", "中国語検定2級" };
static const char *const ko_proofs[] = { "TOPIK 5級", "ハングル能力検定2級" };

static guint
pick_level (Demo *d)
{
  static const guint weights[] = { 0, 15, 30, 40, 15 };
  guint r = rnd (d, 100);

  for (guint i = 0; i < G_N_ELEMENTS (weights); i++)
    {
      if (r < weights[i])
        return i;
      r -= weights[i];
    }
  return BASIC;
}

static gboolean
vol_add_lang (Demo       *d,
              VolInfo    *v,
              guint32     created,
              const char *code,
              guint       level,
              const char *jlpt,
              const char *proof)
{
  if (v->n_langs >= G_N_ELEMENTS (v->langs))
    return TRUE;
  for (guint i = 0; i < v->n_langs; i++)
    if (strcmp (lang_codes[v->langs[i]], code) == 0)
      return TRUE;
  v->langs[v->n_langs] = lang_index (code);
  v->levels[v->n_langs] = level;
  v->n_langs++;
  return add_language (d, v->person_id, created, code, level, jlpt, proof);
}

static gboolean
add_volunteer (Demo *d,
               guint index)
{
  gboolean foreign = chance (d, 0.28);
  const Nationality *nat = foreign ? pick_nationality (d) : &japan;
  guint32 start_range = julian (d->first_fy - 3, 4, 1);
  guint32 first = start_range + rnd (d, d->today - 30 - start_range);
  guint32 expires, registered = first;
  int y, m, day;
  VolInfo v = { 0 };
  PersonSpec spec = { nat, 18, 72, FALSE, first, pick_ward (d, NULL) };
  static const guint caps[] = { 2, 4, 4, 4, 6, 8 };
  static const guint slots[][3] = {
    { SAT, 540, 1020 }, { SUN, 540, 1020 }, { TUE, 1080, 1260 }, { MON, 540, 720 }, { WED, 540, 1020 },
    { THU, 1080, 1260 }, { FRI, 540, 1020 }, { SAT, 540, 720 }, { TUE, 540, 1020 }, { THU, 540, 1020 },
  };
  TomoniVolunteerRow vrow = { 0 };
  gint64 volunteer_id = 0;
  guint n_avail;
  guint first_slot;

  v.person_id = add_person (d, &spec);
  if (v.person_id == 0)
    return FALSE;
  v.first = first;

  /* a registration lasts three fiscal years; about half renew */
  split_julian (first, &y, &m, &day);
  expires = julian ((m >= 4 ? y : y - 1) + 3, 3, 31);
  while (expires < d->today && chance (d, 0.55))
    {
      registered = expires + 1;
      split_julian (expires, &y, &m, &day);
      expires = julian (y + 3, 3, 31);
    }
  v.expires = expires;
  if (expires < d->today)
    v.status = chance (d, 0.6) ? 2 : 0;
  else
    v.status = chance (d, 0.1) ? 1 : 0;
  v.cap = caps[rnd (d, G_N_ELEMENTS (caps))];

  row_stamp (d, registered, 630);
  vrow.uuid = d->uuid;
  vrow.created_at = vrow.updated_at = d->stamp;
  vrow.person_id = v.person_id;
  vrow.status = v.status == 0 ? "active" : v.status == 1 ? "paused" : "retired";
  vrow.registered_on = ds (d, registered);
  vrow.expires_on = ds (d, expires);
  vrow.monthly_cap = v.cap;
  vrow.notes = v.status == 1 ? "本人の希望により一時休止中" : "";
  if (!tomoni_volunteer_row_insert (d->store, &vrow, &volunteer_id, &d->error))
    return FALSE;
  {

    /* languages */
    if (!foreign)
      {
        if (!vol_add_lang (d, &v, first, "ja", NATIVE, NULL, NULL))
          return FALSE;
        if (chance (d, 0.65))
          {
            guint level = pick_level (d);
            const char *proof = level <= BUSINESS && chance (d, 0.6) ? en_proofs[rnd (d, G_N_ELEMENTS (en_proofs))] : NULL;
            if (!vol_add_lang (d, &v, first, "en", level, NULL, proof))
              return FALSE;
          }
        if (chance (d, 0.22))
          {
            static const char *const second[] = { "zh", "ko", "vi", "es", "fr", "pt", "tl", "de", "zh", "ko" };
            const char *code = second[rnd (d, G_N_ELEMENTS (second))];
            guint level = pick_level (d);
            const char *proof = NULL;

            if (strcmp (code, "zh") == 0 && level <= BUSINESS)
              proof = zh_proofs[rnd (d, G_N_ELEMENTS (zh_proofs))];
            else if (strcmp (code, "ko") == 0 && level <= BUSINESS)
              proof = ko_proofs[rnd (d, G_N_ELEMENTS (ko_proofs))];
            if (!vol_add_lang (d, &v, first, code, level, NULL, proof))
              return FALSE;
          }
      }
    else
      {
        static const char *const jlpt[] = { "N1", "N2", "N2", "N3", "N3", "N4" };
        const char *j = jlpt[rnd (d, G_N_ELEMENTS (jlpt))];
        guint level = j[1] == '1' ? FLUENT : j[1] == '2' ? BUSINESS : j[1] == '3' ? CONVERSATIONAL : BASIC;

        if (!vol_add_lang (d, &v, first, nat->language, NATIVE, NULL, NULL))
          return FALSE;
        if (!vol_add_lang (d, &v, first, "ja", level, j, NULL))
          return FALSE;
        if (strcmp (nat->language, "en") != 0 && chance (d, 0.45))
          if (!vol_add_lang (d, &v, first, "en", chance (d, 0.5) ? BUSINESS : CONVERSATIONAL, NULL, NULL))
            return FALSE;
      }

    /* skills */
    {
      gboolean linguist = foreign;
      for (guint i = 0; i < v.n_langs; i++)
        if (v.langs[i] != 0 && v.levels[i] <= BUSINESS)
          linguist = TRUE;
      if (linguist && chance (d, 0.65))
        v.skills |= 1 << SK_INTERPRETATION;
      if (linguist && chance (d, 0.4))
        v.skills |= 1 << SK_TRANSLATION;
      if (chance (d, 0.35))
        v.skills |= 1 << SK_CLASS;
      if (chance (d, 0.5))
        v.skills |= 1 << SK_EVENT;
      if (chance (d, 0.1))
        v.skills |= 1 << SK_CHILDCARE;
      if (chance (d, 0.08))
        v.skills |= 1 << SK_IT;
      if (chance (d, 0.22))
        v.skills |= 1 << SK_DISASTER;
      if (!foreign && chance (d, 0.12))
        v.skills |= 1 << SK_HOMESTAY;
      if (v.skills == 0)
        v.skills = 1 << SK_EVENT;
    }
    for (guint s = 0; s < N_SKILLS; s++)
      if ((v.skills & (1 << s)) != 0 && d->skill_ids[s] != 0)
        {
          TomoniVolunteerSkillRow row = { 0 };

          row_stamp (d, first, 640);
          row.uuid = d->uuid;
          row.created_at = row.updated_at = d->stamp;
          row.volunteer_id = volunteer_id;
          row.skill_id = d->skill_ids[s];
          if (!tomoni_volunteer_skill_row_insert (d->store, &row, NULL, &d->error))
            return FALSE;
          g_array_append_val (d->by_skill[s], index);
        }

    /* trainings */
    v.trainings = 1 << TR_ORIENTATION;
    if ((v.skills & (1 << SK_DISASTER)) != 0 ? chance (d, 0.8) : chance (d, 0.1))
      v.trainings |= 1 << TR_DISASTER;
    if ((v.skills & (1 << SK_INTERPRETATION)) != 0 && chance (d, 0.6))
      v.trainings |= 1 << TR_INTERPRETER;
    if (chance (d, 0.5))
      v.trainings |= 1 << TR_PRIVACY;
    for (guint t = 0; t < N_TRAININGS; t++)
      if ((v.trainings & (1 << t)) != 0 && d->training_ids[t] != 0)
        {
          guint32 done = MIN (first + (t == 0 ? rnd (d, 20) : 30 + rnd (d, 400)), d->today);
          TomoniVolunteerTrainingRow row = { 0 };

          row_stamp (d, done, 900);
          row.uuid = d->uuid;
          row.created_at = row.updated_at = d->stamp;
          row.volunteer_id = volunteer_id;
          row.training_id = d->training_ids[t];
          row.completed_on = ds (d, done);
          if (!tomoni_volunteer_training_row_insert (d->store, &row, NULL, &d->error))
            return FALSE;
        }

    /* weekly availability: one to three distinct time ranges */
    n_avail = 1 + rnd (d, 3);
    first_slot = rnd (d, G_N_ELEMENTS (slots));
    for (guint i = 0; i < n_avail; i++)
      {
        const guint *s = slots[(first_slot + i * 3) % G_N_ELEMENTS (slots)];
        TomoniAvailabilityRow row = { 0 };

        row_stamp (d, first, 650);
        row.uuid = d->uuid;
        row.created_at = row.updated_at = d->stamp;
        row.volunteer_id = volunteer_id;
        row.weekday = s[0];
        row.start_minute = s[1];
        row.end_minute = s[2];
        if (!tomoni_availability_row_insert (d->store, &row, NULL, &d->error))
          return FALSE;
      }

    /* unavailable dates around today, for those still registered */
    if (v.status == 0 && expires >= d->today)
      {
        guint n = rnd (d, 4);
        guint32 j = d->today - 30 + rnd (d, 20);
        for (guint i = 0; i < n; i++)
          {
            TomoniUnavailableDateRow row = { 0 };

            j += 1 + rnd (d, 40);
            row_stamp (d, MIN (j - 7, d->today), 700);
            row.uuid = d->uuid;
            row.created_at = row.updated_at = d->stamp;
            row.volunteer_id = volunteer_id;
            row.date = ds (d, j);
            if (!tomoni_unavailable_date_row_insert (d->store, &row, NULL, &d->error))
              return FALSE;
          }
      }
  }

  for (guint i = 0; i < v.n_langs; i++)
    if (v.levels[i] <= CONVERSATIONAL)
      g_array_append_val (d->by_lang[v.langs[i]], index);
  g_array_append_val (d->volunteers, v);
  return TRUE;
}

static gboolean
add_volunteers (Demo *d)
{
  guint n = d->scale == TOMONI_DEMO_SMALL ? 60 : 8200;

  for (guint i = 0; i < n; i++)
    {
      if (!add_volunteer (d, i))
        return FALSE;
      if (i % 500 == 499 && !report (d, 0.04 + 0.10 * i / n, _("Creating volunteers…")))
        return FALSE;
    }
  return TRUE;
}

/* --- classes ---------------------------------------------------------------------- */

static void
ring_add (Demo   *d,
          gint64  person_id)
{
  const guint size = 3000;

  if (d->recent->len < size)
    g_array_append_val (d->recent, person_id);
  else
    g_array_index (d->recent, gint64, d->recent_next++ % size) = person_id;
}

static gint64
add_learner (Demo            *d,
             const ClassInfo *c,
             guint32          when)
{
  static const char *const adult_attrs[] = {
    "worker", "worker", "technical-intern", "technical-intern", "specified-skilled-worker", "student",
    "student", "spouse", "spouse", "spouse", "dependent", "dependent", "other",
  };
  static const char *const purposes[] = {
    "日常生活で困らないように", "仕事で使う日本語", "子どもの学校とのやりとり", "日本語能力試験の合格",
    "進学", "友だちをつくりたい", "病院や役所で話せるように",
  };
  const ClassDef *def = c->def;
  const char *ward = g_array_index (d->venues, VenueInfo, c->venue).ward;
  gboolean child = strcmp (def->group, "children") == 0;
  gboolean workers = strcmp (def->group, "workers") == 0;
  gboolean parents = strcmp (def->group, "parents-and-children") == 0;
  PersonSpec spec = {
    pick_nationality (d),
    child ? 6 : workers ? 19 : parents ? 24 : 18,
    child ? 14 : workers ? 38 : parents ? 44 : 62,
    child, when - rnd (d, 10), pick_ward (d, ward),
  };
  const char *attribute, *status = "", *jlpt = NULL, *availability;
  char arrival[11];
  gint64 person_id = add_person (d, &spec);
  TomoniLearnerRow row = { 0 };

  if (person_id == 0)
    return 0;

  if (child)
    attribute = "child";
  else if (workers)
    attribute = chance (d, 0.6) ? "technical-intern" : "specified-skilled-worker";
  else if (parents)
    attribute = chance (d, 0.6) ? "spouse" : "dependent";
  else
    attribute = adult_attrs[rnd (d, G_N_ELEMENTS (adult_attrs))];

  if (chance (d, 0.75))
    {
      if (strcmp (attribute, "worker") == 0)
        status = "技術・人文知識・国際業務";
      else if (strcmp (attribute, "technical-intern") == 0)
        status = "技能実習";
      else if (strcmp (attribute, "specified-skilled-worker") == 0)
        status = "特定技能";
      else if (strcmp (attribute, "student") == 0)
        status = "留学";
      else if (strcmp (attribute, "spouse") == 0)
        status = chance (d, 0.7) ? "日本人の配偶者等" : "永住者";
      else if (strcmp (attribute, "dependent") == 0 || strcmp (attribute, "child") == 0)
        status = chance (d, 0.8) ? "家族滞在" : "定住者";
    }

  if (strcmp (def->level, "pre-A1") != 0 && chance (d, 0.2))
    {
      if (strcmp (def->level, "A1") == 0)
        jlpt = "N5";
      else if (strcmp (def->level, "A2") == 0)
        jlpt = "N4";
      else if (strcmp (def->level, "B1") == 0)
        jlpt = "N3";
      else
        jlpt = "N2";
    }

  if (child)
    availability = "放課後";
  else if (def->start >= 1080)
    availability = "平日夜";
  else if ((def->weekdays & (WD (SAT) | WD (SUN))) != 0)
    availability = "土日";
  else
    availability = "平日昼";

  format_date (spec.created - 20 - rnd (d, child ? 1200 : 2400), arrival);

  row_stamp (d, spec.created, 720);
  row.uuid = d->uuid;
  row.created_at = row.updated_at = d->stamp;
  row.person_id = person_id;
  row.attribute = attribute;
  row.residence_status = status;
  row.arrival_date = arrival;
  row.level = def->level;
  row.jlpt = jlpt;
  row.purpose = child ? "学校の勉強についていけるように" : purposes[rnd (d, G_N_ELEMENTS (purposes))];
  row.availability = availability;
  if (!tomoni_learner_row_insert (d->store, &row, NULL, &d->error))
    return 0;
  ring_add (d, person_id);
  return person_id;
}

static gboolean
add_class_staff (Demo       *d,
                 gint64      class_id,
                 gint64      person_id,
                 guint32     created,
                 const char *role,
                 const char *employment)
{
  TomoniClassStaffRow row = { 0 };

  row_stamp (d, created, 630);
  row.uuid = d->uuid;
  row.created_at = row.updated_at = d->stamp;
  row.class_id = class_id;
  row.person_id = person_id;
  row.role = role;
  row.employment = employment;
  return tomoni_class_staff_row_insert (d->store, &row, NULL, &d->error);
}

static gboolean
add_class (Demo           *d,
           const ClassDef *def,
           guint           venue,
           gboolean        community)
{
  const VenueInfo *vi = &g_array_index (d->venues, VenueInfo, venue);
  guint32 created = julian (d->first_fy, 3, 1) + rnd (d, 14);
  g_autofree char *title_ja = NULL;
  g_autofree char *title_en = NULL;
  ClassInfo info = { 0 };
  TomoniClassRow row = { 0 };
  guint n_days = 0;

  if (community)
    {
      g_autoptr(GString) days_ja = g_string_new (NULL);
      g_autoptr(GString) days_en = g_string_new (NULL);
      const VenueDef *vd = &community_defs[venue - 1];

      for (guint w = MON; w <= SUN; w++)
        if ((def->weekdays & WD (w)) != 0)
          {
            g_string_append (days_ja, weekday_ja[w]);
            g_string_append_printf (days_en, "%s%s", days_en->len > 0 ? "/" : "", weekday_en[w]);
          }
      title_ja = g_strdup_printf ("%s %s（%s・%s）", def->title_ja, level_name_ja (def->level), vd->name, days_ja->str);
      title_en = g_strdup_printf ("%s, %s (%s, %s)", def->title_en, level_name_en (def->level), vd->name_en, days_en->str);
    }
  else
    {
      title_ja = g_strdup (def->title_ja);
      title_en = g_strdup (def->title_en);
    }

  info.def = def;
  info.venue = venue;
  info.room_id = def->room >= 0 ? vi->room_ids[def->room] : 0;
  info.continuing = g_array_new (FALSE, FALSE, sizeof (gint64));

  row_stamp (d, created, 600);
  row.uuid = d->uuid;
  row.created_at = row.updated_at = d->stamp;
  row.title_ja = title_ja;
  row.title_en = title_en;
  row.level = def->level;
  row.target_group = def->group;
  row.format = def->format;
  row.venue_id = vi->id;
  row.room_id = info.room_id;
  row.capacity = def->capacity;
  row.meets_on_holidays = def->holidays;
  row.notes = def->holidays ? "祝日も開講" : strcmp (def->format, "online") == 0 ? "Zoomで実施" : "";
  if (!tomoni_class_row_insert (d->store, &row, &info.id, &d->error))
    {
      g_array_unref (info.continuing);
      return FALSE;
    }
  g_array_append_val (d->classes, info);

  /* teachers: one, two for classes that meet on several days */
  for (guint w = MON; w <= SUN; w++)
    if ((def->weekdays & WD (w)) != 0)
      n_days++;
  for (guint i = 0; i < (n_days > 1 ? 2u : 1u); i++)
    {
      gint64 teacher = g_array_index (d->teachers, gint64, d->next_teacher++ % d->teachers->len);
      const char *employment = community ? "volunteer" : d->classes->len <= 2 && i == 0 ? "full-time" : "part-time";

      if (!add_class_staff (d, info.id, teacher, created, "teacher", employment))
        return FALSE;
    }

  /* volunteer assistants */
  {
    GArray *pool = d->by_skill[SK_CLASS];
    guint n = pool->len > 0 ? rnd (d, 3) : 0;
    gint64 chosen[2] = { 0, 0 };

    for (guint i = 0; i < n; i++)
      {
        const VolInfo *v = &g_array_index (d->volunteers, VolInfo, g_array_index (pool, guint, rnd (d, pool->len)));
        if (v->person_id == chosen[0])
          continue;
        chosen[i] = v->person_id;
        if (!add_class_staff (d, info.id, v->person_id, created, "assistant", "volunteer"))
          return FALSE;
      }
  }
  return TRUE;
}

static gboolean
add_classes (Demo *d)
{
  gboolean small = d->scale == TOMONI_DEMO_SMALL;
  guint n_center = small ? SMALL_CENTER_CLASSES : G_N_ELEMENTS (center_classes);
  guint n_community = small ? 1 : G_N_ELEMENTS (community_classes);

  for (guint i = 0; i < n_center; i++)
    if (!add_class (d, &center_classes[i], 0, FALSE))
      return FALSE;
  /* small: one weekly class in each ward's community center, each a different kind */
  static const guint small_kinds[] = { 0, 2, 3, 5, 6 };

  for (guint v = 1; v < d->venues->len; v++)
    for (guint i = 0; i < n_community; i++)
      {
        const ClassDef *def = small ? &community_classes[small_kinds[(v - 1) % G_N_ELEMENTS (small_kinds)]]
                                    : &community_classes[i];
        if (!add_class (d, def, v, TRUE))
          return FALSE;
      }
  return TRUE;
}

static int
compare_seats (gconstpointer a,
               gconstpointer b)
{
  const Seat *x = a, *y = b;

  if (x->enrolled_on != y->enrolled_on)
    return x->enrolled_on < y->enrolled_on ? -1 : 1;
  return x->person_id < y->person_id ? -1 : x->person_id > y->person_id;
}

static const char *
cancel_reason (Demo    *d,
               guint32  j)
{
  const char *date = ds (d, j);
  int month = (date[5] - '0') * 10 + (date[6] - '0');

  if (month >= 6 && month <= 9 && chance (d, 0.6))
    return chance (d, 0.5) ? "台風接近のため休講" : "大雨警報発令のため休講";
  if (month == 2 && weekday_of (j) == SUN && chance (d, 0.5))
    return "熊本城マラソンの交通規制のため休講";
  switch (rnd (d, 4))
    {
    case 0:
      return "講師の体調不良のため休講";
    case 1:
      return "会場の設備故障のため休講";
    case 2:
      return "インフルエンザ流行のため休講";
    default:
      return "講師の急用のため休講";
    }
}

static gboolean
add_attendance (Demo       *d,
                gint64      session_id,
                gint64      person_id,
                guint32     j,
                int         start,
                int         end,
                const char *status,
                const char *kind)
{
  TomoniAttendanceRow row = { 0 };

  row_stamp (d, j, end);
  row.uuid = d->uuid;
  row.created_at = row.updated_at = d->stamp;
  row.session_id = session_id;
  row.person_id = person_id;
  row.status = status;
  row.kind = kind;
  row.minutes = -1;
  if (strcmp (status, "present") == 0)
    row.minutes = end - start;
  else if (strcmp (status, "late") == 0)
    row.minutes = end - start - 10 * (1 + (int) rnd (d, 4));
  return tomoni_attendance_row_insert (d->store, &row, NULL, &d->error);
}

static gboolean
add_term (Demo      *d,
          ClassInfo *c,
          int        fy,
          guint      t)
{
  static const char *const months[] = { "4月〜7月", "9月〜12月", "1月〜3月" };
  const ClassDef *def = c->def;
  gboolean small = d->scale == TOMONI_DEMO_SMALL;
  guint32 start = t == 0 ? julian (fy, 4, 1) : t == 1 ? julian (fy, 9, 1) : julian (fy + 1, 1, 1);
  guint32 end = t == 0 ? julian (fy, 7, 31) : t == 1 ? julian (fy, 12, 31) : julian (fy + 1, 3, 31);
  guint32 created = clamp_today (d, start - 30 - rnd (d, 15));
  g_autofree char *fy_label = tomoni_fiscal_year_label (fy, TRUE);
  g_autofree char *name = g_strdup_printf ("%s 第%u期（%s）", fy_label, t + 1, months[t]);
  g_autoptr(GArray) seats = g_array_new (FALSE, FALSE, sizeof (Seat));
  g_autoptr(GArray) next = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint cap = def->capacity;
  guint demand = (guint) (cap * (small ? 0.7 + 0.5 * g_rand_double (d->rand) : 0.76 + 0.4 * g_rand_double (d->rand)) + 0.5);
  gboolean community = c->venue > 0;
  char updated[21];
  gint64 term_id;
  TomoniTermRow term = { 0 };
  guint n_enrolled = 0;

  row_stamp (d, created, 600);
  term.uuid = d->uuid;
  term.created_at = term.updated_at = d->stamp;
  term.class_id = c->id;
  term.name = name;
  term.start_date = ds (d, start);
  term.end_date = ds (d, end);
  if (!tomoni_term_row_insert (d->store, &term, &term_id, &d->error))
    return FALSE;

  for (guint w = MON; w <= SUN; w++)
    if ((def->weekdays & WD (w)) != 0)
      {
        TomoniScheduleRow row = { 0 };

        row_stamp (d, created, 610);
        row.uuid = d->uuid;
        row.created_at = row.updated_at = d->stamp;
        row.term_id = term_id;
        row.weekday = w;
        row.start_minute = def->start;
        row.end_minute = def->end;
        if (!tomoni_schedule_row_insert (d->store, &row, NULL, &d->error))
          return FALSE;
      }

  /* who applies: those who continue from the last term, then newcomers */
  for (guint i = 0; i < c->continuing->len && seats->len < demand; i++)
    {
      Seat s = { 0 };
      s.person_id = g_array_index (c->continuing, gint64, i);
      s.enrolled_on = clamp_today (d, start - 10 - rnd (d, 30));
      g_array_append_val (seats, s);
    }
  while (seats->len < demand)
    {
      Seat s = { 0 };
      s.enrolled_on = clamp_today (d, start - rnd (d, 25) + (chance (d, 0.15) ? 5 + rnd (d, 20) : 0));
      s.person_id = add_learner (d, c, s.enrolled_on);
      if (s.person_id == 0)
        return FALSE;
      g_array_append_val (seats, s);
    }
  g_array_sort (seats, compare_seats);

  /* first come, first served; the rest wait in order */
  for (guint i = 0; i < seats->len; i++)
    {
      Seat *s = &g_array_index (seats, Seat, i);
      s->reliability = 0.55 + 0.43 * g_rand_double (d->rand);
      s->from = MAX (start, s->enrolled_on);
      s->until = end;
      if (i < cap)
        s->status = 0;
      else
        {
          s->status = 1;
          s->from = end + 1;
        }
    }
  /* withdrawals, each promoting the first learner still waiting */
  {
    guint span = end - start;
    guint next_waiting = cap;

    for (guint32 j = start + 14; j < start + span * 3 / 4 && j <= d->today; j += 7)
      for (guint i = 0; i < MIN (cap, seats->len); i++)
        {
          Seat *s = &g_array_index (seats, Seat, i);
          if (s->status != 0 || s->from > j || !chance (d, 0.012))
            continue;
          s->status = 2;
          s->withdrawn_on = j;
          s->until = j - 1;
          if (next_waiting < seats->len)
            {
              Seat *w = &g_array_index (seats, Seat, next_waiting++);
              w->status = 0;
              w->promoted_on = j;
              w->from = j + 1;
            }
        }
    for (guint i = next_waiting, position = 1; i < seats->len; i++)
      g_array_index (seats, Seat, i).position = position++;
  }

  for (guint i = 0; i < seats->len; i++)
    {
      Seat *s = &g_array_index (seats, Seat, i);
      guint32 last = MAX (s->enrolled_on, MAX (s->withdrawn_on, s->promoted_on));
      TomoniEnrolmentRow row = { 0 };

      row_stamp (d, s->enrolled_on, 630);
      make_stamp (d, last, 640, updated);
      row.uuid = d->uuid;
      row.created_at = d->stamp;
      row.updated_at = updated;
      row.class_id = c->id;
      row.term_id = term_id;
      row.person_id = s->person_id;
      row.status = s->status == 0 ? "enrolled" : s->status == 1 ? "waiting" : "withdrawn";
      row.position = s->status == 1 ? s->position : 0;
      row.enrolled_on = ds (d, s->enrolled_on);
      row.withdrawn_on = s->withdrawn_on != 0 ? ds (d, s->withdrawn_on) : NULL;
      row.promoted_on = s->promoted_on != 0 ? ds (d, s->promoted_on) : NULL;
      if (!tomoni_enrolment_row_insert (d->store, &row, NULL, &d->error))
        return FALSE;
      if (s->status == 0)
        n_enrolled++;
    }
  g_assert (n_enrolled <= cap);

  /* sessions, week after week, with attendance up to today */
  for (guint32 j = start; j <= end; j++)
    {
      const char *date = ds (d, j);
      int month = (date[5] - '0') * 10 + (date[6] - '0');
      int day = (date[8] - '0') * 10 + (date[9] - '0');
      const char *reason = NULL;
      const char *status = "scheduled";
      gint64 session_id;
      gint64 trial = 0;
      TomoniSessionRow row = { 0 };

      if ((def->weekdays & WD (weekday_of (j))) == 0)
        continue;
      if ((month == 12 && day >= 29) || (month == 1 && day <= 3))
        reason = "年末年始休館";   /* as the classes store writes it */
      else if ((reason = g_hash_table_lookup (d->closed, GUINT_TO_POINTER ((c->venue + 1) << 24 | (j - d->base))))
               != NULL ||
               (reason = g_hash_table_lookup (d->closed, GUINT_TO_POINTER (j - d->base))) != NULL)
        ;
      else if (d->holiday[j - d->base] != NULL && !def->holidays)
        reason = d->holiday[j - d->base];
      if (reason != NULL)
        status = "skipped";
      else if (j <= d->today + 14 && chance (d, 0.012))
        {
          status = "cancelled";
          reason = cancel_reason (d, j);
        }

      row_stamp (d, created, 620);
      if (*status == 'c')
        make_stamp (d, clamp_today (d, j - 1 - rnd (d, 2)), 900, updated);
      else
        memcpy (updated, d->stamp, sizeof updated);
      row.uuid = d->uuid;
      row.created_at = d->stamp;
      row.updated_at = updated;
      row.class_id = c->id;
      row.term_id = term_id;
      row.date = date;
      row.start_minute = def->start;
      row.end_minute = def->end;
      row.room_id = c->room_id;
      row.status = status;
      row.reason = reason != NULL ? reason : "";
      if (!tomoni_session_row_insert (d->store, &row, &session_id, &d->error))
        return FALSE;

      if (strcmp (status, "scheduled") != 0 || j > d->today)
        continue;

      for (guint i = 0; i < seats->len; i++)
        {
          const Seat *s = &g_array_index (seats, Seat, i);
          const char *mark;

          if (s->from > j || s->until < j)
            continue;
          if (g_rand_double (d->rand) < s->reliability)
            mark = chance (d, 0.9) ? "present" : "late";
          else
            mark = chance (d, 0.45) ? "excused" : "absent";
          if (!add_attendance (d, session_id, s->person_id, j, def->start, def->end, mark, "enrolled"))
            return FALSE;
        }

      /* a newcomer tries the class (体験); some enrol next term */
      if (chance (d, small ? 0.04 : 0.03))
        {
          trial = add_learner (d, c, j);
          if (trial == 0)
            return FALSE;
          if (!add_attendance (d, session_id, trial, j, def->start, def->end, "present", "trial"))
            return FALSE;
          if (chance (d, 0.5))
            g_array_append_val (next, trial);
        }
      /* someone from another class drops in */
      if (d->recent->len > 0 && chance (d, community ? 0.08 : 0.03))
        {
          gint64 walk_in = g_array_index (d->recent, gint64, rnd (d, d->recent->len));
          gboolean taken = walk_in == trial;

          for (guint i = 0; i < seats->len && !taken; i++)
            taken = g_array_index (seats, Seat, i).person_id == walk_in;
          for (guint i = 0; i < next->len && !taken; i++)
            taken = g_array_index (next, gint64, i) == walk_in;
          if (!taken && !add_attendance (d, session_id, walk_in, j, def->start, def->end, "present", "walk-in"))
            return FALSE;
        }
    }

  /* who carries on into the next term */
  {
    g_autoptr(GArray) carry = g_array_new (FALSE, FALSE, sizeof (gint64));
    double p = small ? 0.82 : 0.52;

    for (guint i = 0; i < seats->len; i++)
      {
        const Seat *s = &g_array_index (seats, Seat, i);
        if ((s->status == 0 && chance (d, p)) || (s->status == 1 && chance (d, 0.6)))
          g_array_append_val (carry, s->person_id);
      }
    g_array_append_vals (carry, next->data, next->len);
    g_array_set_size (c->continuing, 0);
    g_array_append_vals (c->continuing, carry->data, carry->len);
  }
  return TRUE;
}

static gboolean
add_terms (Demo *d)
{
  guint total = (d->last_fy - d->first_fy + 1) * 3, n = 0;

  for (int fy = d->first_fy; fy <= d->last_fy; fy++)
    for (guint t = 0; t < 3; t++)
      {
        for (guint i = 0; i < d->classes->len; i++)
          if (!add_term (d, &g_array_index (d->classes, ClassInfo, i), fy, t))
            return FALSE;
        if (!report (d, 0.15 + 0.70 * ++n / total, _("Creating classes, sessions and attendance…")))
          return FALSE;
      }
  return TRUE;
}

/* --- requesters, activities, shifts, assignments ---------------------------------------- */

typedef struct {
  const char *name;
  const char *kind;
  const char *contact;
} RequesterDef;

/* The small scale takes the first eight. */
static const RequesterDef requester_defs[] = {
  { "熊本市立碩台小学校", "school", "教頭" },
  { "熊本市民病院", "hospital", "地域医療連携室" },
  { "熊本市 中央区役所 区民課", "city-office", "窓口担当" },
  { "熊本市 東区役所 保健子ども課", "city-office", "母子保健係" },
  { "熊本市立帯山中学校", "school", "教頭" },
  { "熊本赤十字病院", "hospital", "医療社会事業課" },
  { "熊本市 教育委員会 指導課", "city-office", "日本語指導担当" },
  { "熊本県国際協会", "other", "事務局" },
  { "熊本市立白川小学校", "school", "教頭" },
  { "熊本市立託麻南小学校", "school", "教務主任" },
  { "熊本市立城西小学校", "school", "教頭" },
  { "熊本市立西原中学校", "school", "教頭" },
  { "熊本大学病院", "hospital", "患者支援センター" },
  { "済生会熊本病院", "hospital", "医療福祉相談室" },
  { "熊本市 北区役所 保健子ども課", "city-office", "母子保健係" },
  { "熊本市 南区役所 区民課", "city-office", "窓口担当" },
  { "熊本市 西区役所 福祉課", "city-office", "相談係" },
  { "熊本市 国際課", "city-office", "多文化共生担当" },
  { "熊本大学 国際教育課", "other", "留学生支援担当" },
  { "熊本市社会福祉協議会", "other", "ボランティアセンター" },
};

typedef struct {
  const char *ja;
  const char *en;
} Title;

static const Title school_requests[] = {
  { "保護者面談の通訳", "Interpreting at a parent-teacher meeting" },
  { "就学時健康診断の通訳", "Interpreting at the pre-school health check" },
  { "入学説明会の通訳", "Interpreting at a school admission briefing" },
};
static const Title hospital_requests[] = {
  { "両親学級の通訳", "Interpreting at a parenting class" },
  { "入院手続き案内の通訳", "Interpreting for admission procedures" },
};
static const Title office_requests[] = {
  { "転入手続きの通訳", "Interpreting for moving-in procedures" },
  { "乳幼児健診の通訳", "Interpreting at an infant health check" },
  { "税の申告相談の通訳", "Interpreting at a tax return consultation" },
};
static const Title other_requests[] = {
  { "外国人生活相談会の通訳", "Interpreting at a consultation day for foreign residents" },
};
static const Title events[] = {
  { "国際交流フェスタ", "International Exchange Festa" },
  { "多文化共生まつり", "Multicultural Festival" },
  { "やさしい日本語で話そう会", "Let's Talk in Easy Japanese" },
  { "世界の料理教室", "World Cooking Class" },
};
static const Title delegations[] = {
  { "ハイデルベルク市代表団の受入れ", "Welcoming the Heidelberg delegation" },
  { "桂林市友好訪問団の受入れ", "Welcoming the Guilin friendship delegation" },
  { "蔚山広域市訪問団の受入れ", "Welcoming the Ulsan delegation" },
  { "サンアントニオ市代表団の受入れ", "Welcoming the San Antonio delegation" },
};
static const char *const delegation_langs[] = { "de", "zh", "ko", "en" };

typedef struct {
  const char *role;
  guint       needed;
  int         skill;      /* SK_*, -1 none */
  int         training;   /* TR_*, -1 none */
  const char *lang;       /* NULL none */
  guint       min_level;
} SlotDef;

static gboolean
volunteer_fits (Demo          *d,
                guint          index,
                const SlotDef *sd,
                guint32        j)
{
  const VolInfo *v = &g_array_index (d->volunteers, VolInfo, index);
  guint month = (j - d->base) / 31;   /* close enough to tell months apart within a cap */
  gboolean has_lang = sd->lang == NULL;

  if (j < v->first || j > v->expires)
    return FALSE;
  if (v->status == 1 && j + 60 > d->today)
    return FALSE;
  if (sd->skill >= 0 && (v->skills & (1 << sd->skill)) == 0)
    return FALSE;
  if (sd->training >= 0 && (v->trainings & (1 << sd->training)) == 0)
    return FALSE;
  for (guint i = 0; i < v->n_langs && !has_lang; i++)
    has_lang = strcmp (lang_codes[v->langs[i]], sd->lang) == 0 && v->levels[i] <= sd->min_level;
  if (!has_lang)
    return FALSE;
  if (g_hash_table_contains (d->busy, GUINT_TO_POINTER (index << 16 | (j - d->base))))
    return FALSE;
  if (GPOINTER_TO_UINT (g_hash_table_lookup (d->monthly, GUINT_TO_POINTER (index << 16 | month))) >= v->cap)
    return FALSE;
  return TRUE;
}

static gboolean
add_slot (Demo          *d,
          gint64         shift_id,
          const SlotDef *sd,
          guint32        j,
          int            start,
          int            end,
          guint32        created)
{
  GArray *pool = sd->lang != NULL ? d->by_lang[lang_index (sd->lang)] : sd->skill >= 0 ? d->by_skill[sd->skill] : NULL;
  guint n_pool = pool != NULL ? pool->len : d->volunteers->len;
  guint fill = d->leave_open ? rnd (d, sd->needed) : chance (d, 0.8) ? sd->needed : rnd (d, sd->needed + 1);
  gboolean past = j <= d->today;
  char updated[21], checked[21];
  TomoniSlotRow slot = { 0 };
  gint64 slot_id;
  const char *date = ds (d, j);
  int fy = atoi (date) - (strncmp (date + 5, "04", 2) < 0 ? 1 : 0);

  row_stamp (d, created, 610);
  slot.uuid = d->uuid;
  slot.created_at = slot.updated_at = d->stamp;
  slot.shift_id = shift_id;
  slot.role = sd->role;
  slot.needed = sd->needed;
  slot.required_skill_id = sd->skill >= 0 ? d->skill_ids[sd->skill] : 0;
  slot.required_training_id = sd->training >= 0 ? d->training_ids[sd->training] : 0;
  if (!tomoni_slot_row_insert (d->store, &slot, &slot_id, &d->error))
    return FALSE;

  if (sd->lang != NULL)
    {
      TomoniSlotLanguageRow row = { 0 };

      row_stamp (d, created, 611);
      row.uuid = d->uuid;
      row.created_at = row.updated_at = d->stamp;
      row.slot_id = slot_id;
      row.code = sd->lang;
      row.min_level = levels[sd->min_level];
      if (!tomoni_slot_language_row_insert (d->store, &row, NULL, &d->error))
        return FALSE;
    }

  for (guint k = 0; k < fill && n_pool > 0; k++)
    {
      guint index = G_MAXUINT;
      const char *status, *checkin = NULL, *source = "manual", *cancel = "";
      guint month = (j - d->base) / 31;
      gpointer count_key;
      TomoniAssignmentRow row = { 0 };

      for (guint attempt = 0; attempt < 40 && index == G_MAXUINT; attempt++)
        {
          guint candidate = pool != NULL ? g_array_index (pool, guint, rnd (d, n_pool)) : rnd (d, n_pool);
          if (volunteer_fits (d, candidate, sd, j))
            index = candidate;
        }
      if (index == G_MAXUINT)
        break;
      g_hash_table_add (d->busy, GUINT_TO_POINTER (index << 16 | (j - d->base)));
      count_key = GUINT_TO_POINTER (index << 16 | month);
      g_hash_table_insert (d->monthly, count_key,
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (d->monthly, count_key)) + 1));

      if (past)
        {
          if (chance (d, 0.07))
            {
              static const char *const reasons[] = { "体調不良のため", "仕事の都合がつかないため", "家族の事情のため", "本人から辞退の連絡" };
              status = "cancelled";
              cancel = reasons[rnd (d, G_N_ELEMENTS (reasons))];
            }
          else
            {
              status = chance (d, 0.9) ? "confirmed" : "assigned";
              checkin = chance (d, 0.94) ? "present" : "no-show";
            }
        }
      else
        status = chance (d, 0.6) ? "assigned" : "confirmed";
      if (fy >= d->last_fy - 1 && chance (d, 0.35))
        source = "auto";

      row_stamp (d, clamp_today (d, MAX (created, j - 5 - rnd (d, 20))), 900);
      if (checkin != NULL)
        {
          make_stamp (d, j, start, checked);
          memcpy (updated, checked, sizeof updated);
        }
      else if (*cancel != '\0')
        make_stamp (d, j - 1 - rnd (d, 3), 1000, updated);
      else
        memcpy (updated, d->stamp, sizeof updated);
      row.uuid = d->uuid;
      row.created_at = d->stamp;
      row.updated_at = updated;
      row.slot_id = slot_id;
      row.person_id = g_array_index (d->volunteers, VolInfo, index).person_id;
      row.status = status;
      row.source = source;
      row.score = strcmp (source, "auto") == 0 ? 40 + (gint64) rnd (d, 61) : -1;
      row.cancel_reason = cancel;
      row.minutes = -1;
      if (checkin != NULL)
        {
          row.checkin = checkin;
          if (strcmp (checkin, "present") == 0 && chance (d, 0.05))
            row.minutes = MAX (30, end - start - 30);
          row.checked_in_at = checked;
        }
      if (!tomoni_assignment_row_insert (d->store, &row, NULL, &d->error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
add_activity (Demo       *d,
              const char *title,
              const char *title_en,
              const char *kind,
              gint64      venue_id,
              gint64      requester_id,
              gboolean    confidential,
              const char *notes,
              guint32     created,
              gint64     *out_id)
{
  TomoniActivityRow row = { 0 };

  row_stamp (d, created, 570);
  row.uuid = d->uuid;
  row.created_at = row.updated_at = d->stamp;
  row.title = title;
  row.title_en = title_en;
  row.kind = kind;
  row.venue_id = venue_id;
  row.requester_id = requester_id;
  row.confidential = confidential;
  row.notes = notes;
  return tomoni_activity_row_insert (d->store, &row, out_id, &d->error);
}

static gboolean
add_shift (Demo    *d,
           gint64   activity_id,
           guint32  j,
           int      start,
           int      end,
           gint64   room_id,
           guint32  created,
           gint64  *out_id)
{
  TomoniShiftRow row = { 0 };

  row_stamp (d, created, 580);
  row.uuid = d->uuid;
  row.created_at = row.updated_at = d->stamp;
  row.activity_id = activity_id;
  row.date = ds (d, j);
  row.start_minute = start;
  row.end_minute = end;
  row.room_id = room_id;
  return tomoni_shift_row_insert (d->store, &row, out_id, &d->error);
}

static gboolean
open_day (Demo    *d,
          guint32  j)
{
  const char *date = ds (d, j);
  int month = (date[5] - '0') * 10 + (date[6] - '0');
  int day = (date[8] - '0') * 10 + (date[9] - '0');

  return !((month == 12 && day >= 29) || (month == 1 && day <= 3));
}

static guint32
random_day (Demo     *d,
            int       fy,
            gboolean  weekend)
{
  guint32 first = julian (fy, 4, 1), last = julian (fy + 1, 3, 31);

  for (;;)
    {
      guint32 j = first + rnd (d, last - first + 1);
      gboolean is_weekend = weekday_of (j) >= SAT || d->holiday[j - d->base] != NULL;

      if (is_weekend == weekend && open_day (d, j))
        return j;
    }
}

static const RequestLanguage *
pick_request_language (Demo *d)
{
  guint total = 0, r;

  for (guint i = 0; i < G_N_ELEMENTS (request_languages); i++)
    total += request_languages[i].weight;
  r = rnd (d, total);
  for (guint i = 0; i < G_N_ELEMENTS (request_languages); i++)
    {
      if (r < request_languages[i].weight)
        return &request_languages[i];
      r -= request_languages[i].weight;
    }
  g_assert_not_reached ();
}

static gboolean
add_activities (Demo *d)
{
  gboolean small = d->scale == TOMONI_DEMO_SMALL;
  guint n_requesters = small ? 8 : G_N_ELEMENTS (requester_defs);
  const VenueInfo *center = &g_array_index (d->venues, VenueInfo, 0);
  g_autofree gint64 *requesters = g_new0 (gint64, n_requesters);
  guint n_years = d->last_fy - d->first_fy + 1;

  for (guint i = 0; i < n_requesters; i++)
    {
      TomoniRequesterRow row = { 0 };

      row_stamp (d, julian (d->first_fy - 1, 4, 1) + rnd (d, 300), 600);
      row.uuid = d->uuid;
      row.created_at = row.updated_at = d->stamp;
      row.name = requester_defs[i].name;
      row.kind = requester_defs[i].kind;
      row.contact = requester_defs[i].contact;
      row.notes = strcmp (requester_defs[i].kind, "hospital") == 0 ? "医療通訳は対象外（案内・手続きのみ）" : "";
      if (!tomoni_requester_row_insert (d->store, &row, &requesters[i], &d->error))
        return FALSE;
    }

  for (int fy = d->first_fy; fy <= d->last_fy; fy++)
    {
      guint n_interpret = small ? 14 : 1300;
      guint n_events = small ? 3 : 40;
      guint n_conferences = small ? 1 : 8;
      guint n_youth = small ? 1 : 6;
      guint n_disaster = small ? 1 : 3;
      guint n_translation = small ? 2 : 30;
      guint n_class_support = small ? 1 : 10;
      gint64 activity_id, shift_id;

      /* interpreting requests from schools, hospitals and city offices */
      for (guint i = 0; i < n_interpret; i++)
        {
          guint r = rnd (d, n_requesters);
          const char *kind = requester_defs[r].kind;
          const RequestLanguage *lang = pick_request_language (d);
          const Title *t = strcmp (kind, "school") == 0 ? &school_requests[rnd (d, G_N_ELEMENTS (school_requests))]
                         : strcmp (kind, "hospital") == 0 ? &hospital_requests[rnd (d, G_N_ELEMENTS (hospital_requests))]
                         : strcmp (kind, "city-office") == 0 ? &office_requests[rnd (d, G_N_ELEMENTS (office_requests))]
                         : &other_requests[0];
          g_autofree char *title = g_strconcat (t->ja, "（", lang->name_ja, "）", NULL);
          g_autofree char *title_en = g_strconcat (t->en, " (", lang->name_en, ")", NULL);
          guint32 j = random_day (d, fy, FALSE);
          guint32 created = j - 7 - rnd (d, 30);
          int start = 540 + 30 * rnd (d, 14);
          int end = start + 60 + 30 * rnd (d, 3);
          SlotDef sd = { "通訳", 1, SK_INTERPRETATION, chance (d, 0.5) ? TR_INTERPRETER : -1, lang->code,
                         chance (d, 0.7) ? BUSINESS : CONVERSATIONAL };

          if (created > d->today)
            continue;   /* not requested yet */

          if (!add_activity (d, title, title_en, "interpretation", 0, requesters[r], TRUE,
                             "場所: 依頼元の施設", created, &activity_id) ||
              !add_shift (d, activity_id, j, start, end, 0, created, &shift_id) ||
              !add_slot (d, shift_id, &sd, j, start, end, created))
            return FALSE;
        }

      /* exchange events: set-up in the morning, the event in the afternoon */
      for (guint i = 0; i < n_events; i++)
        {
          const Title *t = &events[i % G_N_ELEMENTS (events)];
          g_autofree char *title = g_strdup_printf ("%s%d", t->ja, fy);
          g_autofree char *title_en = g_strdup_printf ("%s %d", t->en, fy);
          guint32 j = random_day (d, fy, TRUE);
          guint32 created = j - 40 - rnd (d, 30);
          static const SlotDef setup = { "会場設営", 4, SK_EVENT, -1, NULL, BASIC };
          static const SlotDef reception = { "受付", 3, -1, -1, NULL, BASIC };
          static const SlotDef interpret = { "通訳・案内", 2, -1, -1, "en", CONVERSATIONAL };
          static const SlotDef interpret_vi = { "通訳・案内", 1, -1, -1, "vi", CONVERSATIONAL };
          static const SlotDef childcare = { "託児", 1, SK_CHILDCARE, -1, NULL, BASIC };

          if (created > d->today)
            continue;

          if (!add_activity (d, title, title_en, "exchange-event", center->id, 0, FALSE, "", created, &activity_id) ||
              !add_shift (d, activity_id, j, 540, 720, center->room_ids[6], created, &shift_id) ||
              !add_slot (d, shift_id, &setup, j, 540, 720, created) ||
              !add_shift (d, activity_id, j, 780, 1020, center->room_ids[6], created, &shift_id) ||
              !add_slot (d, shift_id, &reception, j, 780, 1020, created) ||
              !add_slot (d, shift_id, &interpret, j, 780, 1020, created) ||
              !add_slot (d, shift_id, &interpret_vi, j, 780, 1020, created) ||
              (i % 2 == 0 && !add_slot (d, shift_id, &childcare, j, 780, 1020, created)))
            return FALSE;
        }

      /* delegations and conferences: two days */
      for (guint i = 0; i < n_conferences; i++)
        {
          guint which = rnd (d, G_N_ELEMENTS (delegations));
          guint32 j = random_day (d, fy, FALSE);
          guint32 created = j - 60 - rnd (d, 30);
          SlotDef guide = { "案内係", 3, -1, -1, "en", BUSINESS };
          SlotDef interpret = { "通訳", 1, SK_INTERPRETATION, -1, delegation_langs[which], BUSINESS };

          if (created > d->today)
            continue;

          if (!add_activity (d, delegations[which].ja, delegations[which].en, "conference", center->id, 0,
                             FALSE, "", created, &activity_id))
            return FALSE;
          for (guint day = 0; day < 2; day++)
            if (!open_day (d, j + day) ||
                !add_shift (d, activity_id, j + day, 540, 1020, center->room_ids[3], created, &shift_id) ||
                !add_slot (d, shift_id, &guide, j + day, 540, 1020, created) ||
                !add_slot (d, shift_id, &interpret, j + day, 540, 1020, created))
              {
                if (d->error != NULL)
                  return FALSE;
              }
        }

      for (guint i = 0; i < n_youth; i++)
        {
          guint32 j = random_day (d, fy, TRUE);
          guint32 created = j - 60;
          static const SlotDef host = { "ホストファミリー", 4, SK_HOMESTAY, -1, NULL, BASIC };
          static const SlotDef helper = { "引率補助", 2, -1, -1, "en", CONVERSATIONAL };

          if (created > d->today)
            continue;

          if (!add_activity (d, "青少年国際交流 ホームステイ受入れ", "Youth exchange: homestay hosting",
                             "youth-exchange", center->id, 0, FALSE, "", created, &activity_id) ||
              !add_shift (d, activity_id, j, 600, 1080, 0, created, &shift_id) ||
              !add_slot (d, shift_id, &host, j, 600, 1080, created) ||
              !add_slot (d, shift_id, &helper, j, 600, 1080, created))
            return FALSE;
        }

      for (guint i = 0; i < n_disaster; i++)
        {
          static const char *const drill_langs[] = { "en", "zh", "vi", "ko", "ne" };
          guint32 j = random_day (d, fy, TRUE);
          guint32 created = j - 45;

          if (created > d->today)
            continue;

          if (!add_activity (d, i % 2 == 0 ? "多言語支援センター設置訓練" : "外国人のための防災訓練",
                             i % 2 == 0 ? "Multilingual support center drill" : "Disaster drill for foreign residents",
                             "disaster-support", center->id, 0, FALSE, "熊本地震の経験をふまえた訓練", created,
                             &activity_id) ||
              !add_shift (d, activity_id, j, 570, 750, center->room_ids[6], created, &shift_id))
            return FALSE;
          for (guint l = 0; l < G_N_ELEMENTS (drill_langs); l++)
            {
              SlotDef sd = { "多言語情報発信", 1, SK_DISASTER, TR_DISASTER, drill_langs[l], CONVERSATIONAL };
              if (!add_slot (d, shift_id, &sd, j, 570, 750, created))
                return FALSE;
            }
        }

      for (guint i = 0; i < n_translation; i++)
        {
          const RequestLanguage *lang = pick_request_language (d);
          g_autofree char *title = g_strconcat ("多言語生活ガイドの翻訳（", lang->name_ja, "）", NULL);
          g_autofree char *title_en = g_strconcat ("Translating the living guide (", lang->name_en, ")", NULL);
          guint32 j = random_day (d, fy, FALSE);
          guint32 created = j - 20;
          SlotDef sd = { "翻訳", 2, SK_TRANSLATION, -1, lang->code, BUSINESS };

          if (created > d->today)
            continue;

          if (!add_activity (d, title, title_en, "other", center->id, 0, FALSE, "", created, &activity_id) ||
              !add_shift (d, activity_id, j, 780, 960, center->room_ids[4], created, &shift_id) ||
              !add_slot (d, shift_id, &sd, j, 780, 960, created))
            return FALSE;
        }

      /* class supporters: every Saturday of the first term */
      for (guint i = 0; i < n_class_support; i++)
        {
          guint32 created = clamp_today (d, julian (fy, 3, 10));
          static const SlotDef assistant = { "教室アシスタント", 2, SK_CLASS, -1, NULL, BASIC };

          if (!add_activity (d, "日本語教室サポーター（土曜）", "Japanese class supporters (Saturday)",
                             "class-assistance", center->id, 0, FALSE, "", created, &activity_id))
            return FALSE;
          for (guint32 j = nth_weekday (fy, 4, SAT, 2); j <= julian (fy, 7, 31); j += 7)
            if (d->holiday[j - d->base] == NULL &&
                (!add_shift (d, activity_id, j, 600, 720, center->room_ids[5], created, &shift_id) ||
                 !add_slot (d, shift_id, &assistant, j, 600, 720, created)))
              return FALSE;
        }

      if (!report (d, 0.85 + 0.12 * (fy - d->first_fy + 1) / n_years, _("Creating activities and shifts…")))
        return FALSE;
    }

  /* Requests that came in these last days for the weeks to come: whatever
   * the sample's today, there are shifts with places still to fill. */
  d->leave_open = TRUE;
  for (guint i = 0; i < 4; i++)
    {
      guint r = rnd (d, n_requesters);
      const char *kind = requester_defs[r].kind;
      const RequestLanguage *lang = pick_request_language (d);
      const Title *t = strcmp (kind, "school") == 0 ? &school_requests[rnd (d, G_N_ELEMENTS (school_requests))]
                     : strcmp (kind, "hospital") == 0 ? &hospital_requests[rnd (d, G_N_ELEMENTS (hospital_requests))]
                     : strcmp (kind, "city-office") == 0 ? &office_requests[rnd (d, G_N_ELEMENTS (office_requests))]
                     : &other_requests[0];
      g_autofree char *title = g_strconcat (t->ja, "（", lang->name_ja, "）", NULL);
      g_autofree char *title_en = g_strconcat (t->en, " (", lang->name_en, ")", NULL);
      guint32 j = d->today + 3 + 6 * i;
      guint32 created = d->today - rnd (d, 4);
      int start = 540 + 30 * rnd (d, 14);
      int end = start + 60 + 30 * rnd (d, 3);
      SlotDef sd = { "通訳", 1, SK_INTERPRETATION, -1, lang->code, CONVERSATIONAL };
      gint64 activity_id, shift_id;

      while (weekday_of (j) >= SAT || d->holiday[j - d->base] != NULL || !open_day (d, j))
        j++;
      if (!add_activity (d, title, title_en, "interpretation", 0, requesters[r], TRUE,
                         "場所: 依頼元の施設", created, &activity_id) ||
          !add_shift (d, activity_id, j, start, end, 0, created, &shift_id) ||
          !add_slot (d, shift_id, &sd, j, start, end, created))
        return FALSE;
    }
  d->leave_open = FALSE;
  return TRUE;
}

/* --- external counts -------------------------------------------------------------------- */

typedef struct {
  const char *target;
  const char *programme;
  const char *source;
  int         month;      /* reported in this month of the fiscal year */
  guint       lo, hi;
} ExternalDef;

static const ExternalDef external_defs[] = {
  { "japanese-support-participants", "地域日本語教室（託麻）", "託麻日本語ボランティアの会 年度報告", 3, 30, 60 },
  { "japanese-support-participants", "外国人児童生徒の日本語指導", "熊本市教育委員会 報告", 3, 40, 90 },
  { "japanese-support-participants", "企業内日本語研修", "熊本県国際協会 報告", 12, 15, 35 },
  { "volunteer-activity-participants", "熊本城マラソン 多言語案内ボランティア", "熊本城マラソン実行委員会 報告", 2, 40, 80 },
  { "volunteer-activity-participants", "国際交流ボランティア研修会", "熊本県国際協会 報告", 11, 20, 45 },
};

/* Interim milestones on the way to the strategy's targets, and the one
 * recorded change of the counting rule. */
static gboolean
add_milestones (Demo *d)
{
  static const char *const keys[] = { "japanese-support-participants", "volunteer-activity-participants" };
  static const int from[] = { 2512, 3459 }, to[] = { 5000, 7000 };

  for (guint k = 0; k < G_N_ELEMENTS (keys); k++)
    {
      gint64 target = target_id_of (d, keys[k]);
      TomoniTargetChangeRow change = { 0 };

      if (target == 0)
        continue;
      for (int year = 2025; year <= 2029; year += 2)
        {
          TomoniTargetMilestoneRow row = { 0 };

          row_stamp (d, clamp_today (d, julian (2024, 4, 15)), 600);
          row.uuid = d->uuid;
          row.created_at = row.updated_at = d->stamp;
          row.target_id = target;
          row.date = ds (d, julian (year, 3, 31));
          /* a straight line from the reference value (March 2023) to March 2031 */
          row.value = from[k] + (to[k] - from[k]) * (year - 2023) / 8;
          if (!tomoni_target_milestone_row_insert (d->store, &row, NULL, &d->error))
            return FALSE;
        }
      row_stamp (d, clamp_today (d, julian (2024, 4, 15)), 630);
      change.uuid = d->uuid;
      change.created_at = change.updated_at = d->stamp;
      change.target_id = target;
      change.changed_by = "国際課 田中";
      change.field = "counting_rule";
      change.old_value = "every-attendance";
      change.new_value = "per-programme";
      if (!tomoni_target_change_row_insert (d->store, &change, NULL, &d->error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
add_external_counts (Demo *d)
{
  for (int fy = MAX (d->first_fy, 2023); fy <= d->last_fy; fy++)
    for (guint i = 0; i < G_N_ELEMENTS (external_defs); i++)
      {
        const ExternalDef *e = &external_defs[i];
        gint64 target = target_id_of (d, e->target);
        guint32 j = e->month >= 4 ? julian (fy, e->month, 28) : julian (fy + 1, e->month, 28);
        TomoniExternalCountRow row = { 0 };

        if (target == 0 || j > d->today)
          continue;
        row_stamp (d, j, 960);
        row.uuid = d->uuid;
        row.created_at = row.updated_at = d->stamp;
        row.target_id = target;
        row.date = ds (d, j);
        row.programme = e->programme;
        if (i == 0 && d->venues->len > 1)
          row.venue_id = g_array_index (d->venues, VenueInfo, 1).id;
        row.count = between (d, e->lo, e->hi);
        row.source = e->source;
        if (!tomoni_external_count_row_insert (d->store, &row, NULL, &d->error))
          return FALSE;
      }
  return TRUE;
}

/* --- the lists the schema seeds ------------------------------------------------------- */

/* The migrations seed skills, trainings and targets with random UUIDs and the
 * clock's time; give them the generator's own, so that the same seed and
 * today give the same file byte for byte. Last, so the rest of the data does
 * not move. */
/* Gives a skill (@skills) or training its uuid and stamps, keeping its names. */
static gboolean
settle_catalog (Demo     *d,
                gboolean  skills,
                gint64    id,
                guint32   created)
{
  g_autoptr(GPtrArray) entries = NULL;
  TomoniCatalogRow row = { 0 };

  if (id == 0)
    return TRUE;
  entries = skills ? tomoni_store_list_skills (d->store, &d->error) : tomoni_store_list_trainings (d->store, &d->error);
  if (entries == NULL)
    return FALSE;
  for (guint i = 0; i < entries->len; i++)
    {
      TomoniCatalogEntry *entry = g_ptr_array_index (entries, i);

      if (entry->id != id)
        continue;
      row_stamp (d, created, 480);
      row.id = id;
      row.uuid = d->uuid;
      row.key = entry->key;
      row.name_ja = entry->name_ja;
      row.name_en = entry->name_en;
      row.created_at = row.updated_at = d->stamp;
      return skills ? tomoni_skill_row_update (d->store, &row, &d->error)
                    : tomoni_training_row_update (d->store, &row, &d->error);
    }
  return TRUE;
}

static gboolean
settle_seeded_lists (Demo *d)
{
  static const char *const target_keys[] = { "japanese-support-participants", "volunteer-activity-participants" };
  guint32 created = clamp_today (d, julian (d->first_fy - 1, 3, 1));

  for (guint i = 0; i < N_SKILLS; i++)
    if (!settle_catalog (d, TRUE, d->skill_ids[i], created))
      return FALSE;
  for (guint i = 0; i < N_TRAININGS; i++)
    if (!settle_catalog (d, FALSE, d->training_ids[i], created))
      return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (target_keys); i++)
    {
      g_autoptr(TomoniTarget) target = tomoni_store_get_target (d->store, target_keys[i], NULL);

      if (target == NULL)
        continue;
      row_stamp (d, created, 480);
      if (!tomoni_target_row_update (d->store, target, tomoni_target_get_position (target), d->uuid, d->stamp,
                                     d->stamp, &d->error))
        return FALSE;
    }
  return TRUE;
}

/* --- driver --------------------------------------------------------------------------- */

/* The sample's last fiscal year is the one four months after today, so there
 * are always classes and shifts to come (2026 for 2026-11-30, 2027 from
 * early December on). */
static void
demo_init (Demo            *d,
           TomoniStore     *store,
           guint32          seed,
           TomoniDemoScale  scale,
           const GDate     *today)
{
  guint32 last;
  GDate ahead = *today;

  d->store = store;
  d->rand = g_rand_new_with_seed (seed);
  d->scale = scale;
  g_date_add_days (&ahead, 120);
  d->last_fy = tomoni_fiscal_year_of (&ahead);
  d->first_fy = d->last_fy - (scale == TOMONI_DEMO_SMALL ? 2 : 9);
  d->today = g_date_get_julian (today);
  /* the targets' fixed dates (2024 to 2031) are in range too */
  d->base = julian (MIN (d->first_fy - 4, 2020), 1, 1);
  last = julian (MAX (d->last_fy + 5, 2031), 12, 31);
  d->n_days = last - d->base + 1;
  d->day_str = g_malloc (d->n_days * sizeof *d->day_str);
  d->holiday = g_new0 (const char *, d->n_days);
  for (guint i = 0; i < d->n_days; i++)
    {
      GDate date;
      TomoniHoliday holiday;

      g_date_clear (&date, 1);
      g_date_set_julian (&date, d->base + i);
      g_snprintf (d->day_str[i], 11, "%04d-%02d-%02d", g_date_get_year (&date), g_date_get_month (&date),
                  g_date_get_day (&date));
      if (tomoni_holiday_lookup (&date, &holiday))
        d->holiday[i] = holiday.name_ja;
    }
  g_assert (weekday_of (julian (2026, 11, 30)) == MON);

  d->venues = g_array_new (FALSE, FALSE, sizeof (VenueInfo));
  d->closed = g_hash_table_new (NULL, NULL);
  d->teachers = g_array_new (FALSE, FALSE, sizeof (gint64));
  d->volunteers = g_array_new (FALSE, FALSE, sizeof (VolInfo));
  for (guint i = 0; i < N_LANGS; i++)
    d->by_lang[i] = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint i = 0; i < N_SKILLS; i++)
    d->by_skill[i] = g_array_new (FALSE, FALSE, sizeof (guint));
  d->classes = g_array_new (FALSE, FALSE, sizeof (ClassInfo));
  d->recent = g_array_new (FALSE, FALSE, sizeof (gint64));
  d->busy = g_hash_table_new (NULL, NULL);
  d->monthly = g_hash_table_new (NULL, NULL);
}

static void
demo_clear (Demo *d)
{
  g_rand_free (d->rand);
  g_free (d->day_str);
  g_free (d->holiday);
  g_array_unref (d->venues);
  g_hash_table_unref (d->closed);
  g_array_unref (d->teachers);
  g_array_unref (d->volunteers);
  for (guint i = 0; i < N_LANGS; i++)
    g_array_unref (d->by_lang[i]);
  for (guint i = 0; i < N_SKILLS; i++)
    g_array_unref (d->by_skill[i]);
  for (guint i = 0; i < d->classes->len; i++)
    g_array_unref (g_array_index (d->classes, ClassInfo, i).continuing);
  g_array_unref (d->classes);
  g_array_unref (d->recent);
  g_hash_table_unref (d->busy);
  g_hash_table_unref (d->monthly);
  g_clear_error (&d->error);
}

static gboolean
generate (TomoniStore         *store,
          guint32              seed,
          TomoniDemoScale      scale,
          const GDate         *today,
          TomoniProgressFunc   progress,
          gpointer             progress_data,
          GCancellable        *cancellable,
          GError             **error)
{
  g_auto(TomoniStoreTransaction) tx = { 0 };
  Demo d = { 0 };
  gint64 cache_kib = tomoni_store_get_cache_kib (store);
  gboolean ok;

  if (!tomoni_store_transaction_begin (&tx, store, error))
    return FALSE;
  /* checked inside the write transaction, so nothing can slip in between */
  if (!tomoni_store_is_empty (store))
    {
      g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_INVALID,
                   _("The database already holds data: sample data can only be loaded into an empty database."));
      return FALSE;
    }

  demo_init (&d, store, seed, scale, today);
  d.progress = progress;
  d.progress_data = progress_data;
  d.cancellable = cancellable;
  for (guint i = 0; i < N_SKILLS; i++)
    d.skill_ids[i] = tomoni_store_catalog_id (store, TRUE, skill_keys[i]);
  for (guint i = 0; i < N_TRAININGS; i++)
    d.training_ids[i] = tomoni_store_catalog_id (store, FALSE, training_keys[i]);

  /* A bigger page cache while millions of rows go in; memory only, restored below. */
  if (scale == TOMONI_DEMO_LARGE)
    tomoni_store_set_cache_kib (store, 262144);

  ok = report (&d, 0.0, _("Creating venues and people…")) &&
       add_venues (&d) &&
       add_teachers (&d) &&
       add_volunteers (&d) &&
       add_classes (&d) &&
       add_terms (&d) &&
       add_activities (&d) &&
       add_milestones (&d) &&
       add_external_counts (&d) &&
       settle_seeded_lists (&d) &&
       report (&d, 0.98, _("Saving…")) &&
       tomoni_store_transaction_commit (&tx, &d.error);

  if (scale == TOMONI_DEMO_LARGE)
    tomoni_store_set_cache_kib (store, cache_kib);
  if (ok && progress != NULL)
    progress (1.0, NULL, progress_data);
  if (!ok)
    g_propagate_error (error, g_steal_pointer (&d.error));
  demo_clear (&d);
  return ok;
}

/**
 * tomoni_demo_scale_from_string:
 * @text: "small" or "large"
 *
 * Returns: whether @text names a scale
 */
gboolean
tomoni_demo_scale_from_string (const char      *text,
                               TomoniDemoScale *out_scale)
{
  g_return_val_if_fail (out_scale != NULL, FALSE);

  if (g_strcmp0 (text, "small") == 0)
    *out_scale = TOMONI_DEMO_SMALL;
  else if (g_strcmp0 (text, "large") == 0)
    *out_scale = TOMONI_DEMO_LARGE;
  else
    return FALSE;
  return TRUE;
}

/**
 * tomoni_demo_today:
 * @out: (out): today's date in Japan (UTC+9 all year: no summer time)
 *
 * The sample data's default "today", whatever the machine's time zone.
 */
void
tomoni_demo_today (GDate *out)
{
  g_autoptr(GTimeZone) jst = g_time_zone_new_offset (9 * 3600);
  g_autoptr(GDateTime) now = g_date_time_new_now (jst);

  g_return_if_fail (out != NULL);

  g_date_clear (out, 1);
  g_date_set_dmy (out, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
}

/* @today, or today in Japan when it is NULL. */
static void
resolve_today (const GDate *today,
               GDate       *out)
{
  if (today != NULL)
    *out = *today;
  else
    tomoni_demo_today (out);
}

/**
 * tomoni_demo_today_is_valid:
 * @today: a date
 *
 * Returns: whether @today can be the sample's today: a valid date from
 *   %TOMONI_DEMO_YEAR_MIN to %TOMONI_DEMO_YEAR_MAX
 */
gboolean
tomoni_demo_today_is_valid (const GDate *today)
{
  g_return_val_if_fail (today != NULL, FALSE);

  return g_date_valid (today) && g_date_get_year (today) >= TOMONI_DEMO_YEAR_MIN &&
         g_date_get_year (today) <= TOMONI_DEMO_YEAR_MAX;
}

/**
 * tomoni_demo_generate:
 * @seed: the same seed gives the same data, UUIDs included
 * @scale: how much data
 * @today: (nullable): the sample's "today", %TOMONI_DEMO_YEAR_MIN to
 *   %TOMONI_DEMO_YEAR_MAX; %NULL for today in Japan (tomoni_demo_today())
 * @progress: (nullable): called now and then, on this thread
 * @cancellable: (nullable): cancelling rolls everything back
 *
 * Fills an empty database with believable sample data for the Kumamoto City
 * International Center: venues, people, classes with terms, sessions,
 * enrolments and attendance, volunteers, activities with shifts and
 * assignments, over several fiscal years: attendance and check-ins are
 * recorded up to @today, and the sessions and shifts of the following
 * months are still to come. The same @seed and @today give the same data,
 * byte for byte. Everything is written in one transaction. A database that
 * already holds data is refused with %TOMONI_STORE_ERROR_INVALID.
 */
gboolean
tomoni_demo_generate (TomoniStore         *store,
                            guint32              seed,
                            TomoniDemoScale      scale,
                            const GDate         *today,
                            TomoniProgressFunc   progress,
                            gpointer             progress_data,
                            GCancellable        *cancellable,
                            GError             **error)
{
  GDate day;

  g_return_val_if_fail (TOMONI_IS_STORE (store), FALSE);
  g_return_val_if_fail (scale == TOMONI_DEMO_SMALL || scale == TOMONI_DEMO_LARGE, FALSE);
  g_return_val_if_fail (today == NULL || tomoni_demo_today_is_valid (today), FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  resolve_today (today, &day);
  if (!generate (store, seed, scale, &day, progress, progress_data, cancellable, error))
    return FALSE;
  tomoni_store_notify_changed (store, "all");
  return TRUE;
}

/* --- in a worker thread ------------------------------------------------------------------ */

typedef struct {
  guint32             seed;
  TomoniDemoScale     scale;
  GDate               today;
  TomoniProgressFunc  progress;
  gpointer            progress_data;
  GMainContext       *context;
} AsyncData;

static void
async_data_free (gpointer data)
{
  AsyncData *a = data;

  g_main_context_unref (a->context);
  g_free (a);
}

typedef struct {
  TomoniProgressFunc  func;
  gpointer            data;
  double              fraction;
  char               *what;
} ProgressMessage;

static gboolean
deliver_progress (gpointer data)
{
  ProgressMessage *m = data;

  m->func (m->fraction, m->what, m->data);
  return G_SOURCE_REMOVE;
}

static void
progress_message_free (gpointer data)
{
  ProgressMessage *m = data;

  g_free (m->what);
  g_free (m);
}

static void
forward_progress (double      fraction,
                  const char *what,
                  gpointer    user_data)
{
  AsyncData *a = user_data;
  ProgressMessage *m = g_new0 (ProgressMessage, 1);

  m->func = a->progress;
  m->data = a->progress_data;
  m->fraction = fraction;
  m->what = g_strdup (what);
  /* An idle on the caller's context: g_main_context_invoke () would run
   * deliver_progress on this worker thread whenever that context is free. */
  {
    g_autoptr(GSource) source = g_idle_source_new ();

    g_source_set_callback (source, deliver_progress, m, progress_message_free);
    g_source_attach (source, a->context);
  }
}

static void
generate_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  TomoniStore *store = source_object;
  AsyncData *a = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(TomoniStore) connection = tomoni_store_open_connection (store, &error);

  if (connection == NULL ||
      !generate (connection, a->seed, a->scale, &a->today, a->progress != NULL ? forward_progress : NULL, a,
                 cancellable, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  tomoni_store_notify_changed (store, "all");
  g_task_return_boolean (task, TRUE);
}

/**
 * tomoni_demo_generate_async:
 *
 * Like tomoni_demo_generate() (@today is read before this returns), in a worker thread with its own
 * connection. @progress is called on the caller's thread-default main
 * context. On success the store emits #TomoniStore::changed with "all".
 */
void
tomoni_demo_generate_async (TomoniStore         *store,
                                  guint32              seed,
                                  TomoniDemoScale      scale,
                                  const GDate         *today,
                                  TomoniProgressFunc   progress,
                                  gpointer             progress_data,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  AsyncData *a;

  g_return_if_fail (TOMONI_IS_STORE (store));
  g_return_if_fail (scale == TOMONI_DEMO_SMALL || scale == TOMONI_DEMO_LARGE);
  g_return_if_fail (today == NULL || tomoni_demo_today_is_valid (today));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  a = g_new0 (AsyncData, 1);
  a->seed = seed;
  a->scale = scale;
  resolve_today (today, &a->today);
  a->progress = progress;
  a->progress_data = progress_data;
  a->context = g_main_context_ref_thread_default ();

  task = g_task_new (store, cancellable, callback, user_data);
  g_task_set_source_tag (task, tomoni_demo_generate_async);
  g_task_set_task_data (task, a, async_data_free);
  g_task_run_in_thread (task, generate_thread);
}

gboolean
tomoni_demo_generate_finish (TomoniStore   *store,
                                   GAsyncResult  *result,
                                   GError       **error)
{
  g_return_val_if_fail (TOMONI_IS_STORE (store), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, store), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
