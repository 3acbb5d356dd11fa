-- One word, one meaning (issue 10): in the pact a "landsdeel" is one of the five Techniekpact landsdelen
-- (TL01–TL05, region.type LANDSDEEL); the monitor's CBS landsdelen (LD01–LD04) become kind CBS_LANDSDEEL.
alter table geography drop constraint geography_kind_check;
update geography set kind = 'CBS_LANDSDEEL' where kind = 'LANDSDEEL';
alter table geography add constraint geography_kind_check
    check (kind in ('COUNTRY', 'CBS_LANDSDEEL', 'TP_LANDSDEEL', 'PROVINCE', 'LABOUR_MARKET_REGION', 'COROP',
                    'VMBO_REGION', 'RMC_REGION', 'SWV_VO', 'SWV_PO', 'MUNICIPALITY'));
