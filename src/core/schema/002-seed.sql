-- What a new database starts with: the strategy's two targets, the usual
-- volunteer skills and trainings (editable lists).

INSERT INTO target (uuid, key, title_ja, title_en, baseline_value, baseline_date, target_value,
                    target_date, counts_classes, counts_activities, counting_rule, position,
                    created_at, updated_at)
VALUES
  (tomoni_uuid (), 'japanese-support-participants', '日本語支援プログラム参加者数（累計）',
   'Participants in Japanese-language support programmes (cumulative)',
   2512, '2023-03-31', 5000, '2031-03-31', 1, 0, 'per-programme', 1, tomoni_now (), tomoni_now ()),
  (tomoni_uuid (), 'volunteer-activity-participants', '国際ボランティア活動参加者数（累計）',
   'Participants in international volunteer activities (cumulative)',
   3459, '2023-03-31', 7000, '2031-03-31', 0, 1, 'per-programme', 2, tomoni_now (), tomoni_now ());

INSERT INTO skill (uuid, key, name_ja, name_en, created_at, updated_at)
VALUES
  (tomoni_uuid (), 'interpretation', '通訳', 'Interpretation', tomoni_now (), tomoni_now ()),
  (tomoni_uuid (), 'translation', '翻訳', 'Translation', tomoni_now (), tomoni_now ()),
  (tomoni_uuid (), 'class-assistant', '日本語教室サポート', 'Class assistant', tomoni_now (), tomoni_now ()),
  (tomoni_uuid (), 'event-support', 'イベント運営', 'Event support', tomoni_now (), tomoni_now ()),
  (tomoni_uuid (), 'childcare', '託児', 'Childcare', tomoni_now (), tomoni_now ()),
  (tomoni_uuid (), 'it', 'IT支援', 'IT', tomoni_now (), tomoni_now ()),
  (tomoni_uuid (), 'disaster-support', '災害時支援', 'Disaster support', tomoni_now (), tomoni_now ()),
  (tomoni_uuid (), 'homestay', 'ホームステイ・ホームビジット', 'Homestay and home visits', tomoni_now (), tomoni_now ());

INSERT INTO training (uuid, key, name_ja, name_en, created_at, updated_at)
VALUES
  (tomoni_uuid (), 'orientation', 'ボランティア説明会', 'Orientation', tomoni_now (), tomoni_now ()),
  (tomoni_uuid (), 'disaster-support', '災害時外国人支援研修', 'Disaster-support training', tomoni_now (), tomoni_now ()),
  (tomoni_uuid (), 'interpreter', 'コミュニティ通訳研修', 'Community interpreter training', tomoni_now (), tomoni_now ()),
  (tomoni_uuid (), 'privacy', '個人情報保護研修', 'Personal data protection', tomoni_now (), tomoni_now ());
