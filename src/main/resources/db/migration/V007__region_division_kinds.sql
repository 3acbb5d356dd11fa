-- Region divisions of the schools (issue 9): RMC regions and the samenwerkingsverbanden passend onderwijs
-- (vo and po), municipality → region as the Regioatlas (BZK) states them for 2016. They are parents in
-- geography_membership like provinces and labour-market regions, so municipal figures are summed into them.
alter table geography drop constraint geography_kind_check;
alter table geography add constraint geography_kind_check
    check (kind in ('COUNTRY', 'LANDSDEEL', 'TP_LANDSDEEL', 'PROVINCE', 'LABOUR_MARKET_REGION', 'COROP',
                    'VMBO_REGION', 'RMC_REGION', 'SWV_VO', 'SWV_PO', 'MUNICIPALITY'));
