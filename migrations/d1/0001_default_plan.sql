-- Every tenant starts on the default plan; billing attaches paid plans to the same table later.
INSERT INTO plans (id, name, limits) VALUES
  ('plan_starter', 'Starter', '{"branches":3,"dynamicQrCodes":25,"customDomains":1,"seats":3}'),
  ('plan_growth', 'Growth', '{"branches":25,"dynamicQrCodes":500,"customDomains":10,"seats":25}'),
  ('plan_scale', 'Scale', '{"branches":1000,"dynamicQrCodes":20000,"customDomains":250,"seats":500}');
