"""Company profiles with their own work and their ordinary support work, for context training.

Each entry of ``COMPANIES`` describes one kind of business as an owner would: ``industry`` (2-4
names), ``offering`` (2-4 one-line descriptions of what customers pay for), ``own`` lines that
make or deliver that offering as ``(text, office, location)`` (function ``production``, process
``core``; LABELING.md section 4), and ``support`` lines of ordinary work that is not the offering
as ``(text, office, process, function, location)`` (sections 1-3 and 5). Many lines are own work
in one company and support work in another; those contrasts are the point of the data.
"""

from training_data.companies import (
    community_and_care,
    digital,
    finance_and_media,
    goods_and_making,
    health,
    hospitality,
    industry,
    more_care_and_community,
    more_food_and_hospitality,
    more_front_of_house,
    more_hands_on_mixed,
    more_health_education_care,
    more_industry_and_public,
    more_near_the_offering,
    more_professional_and_digital,
    more_retail_and_making,
    more_service_lines,
    more_trades_and_field,
    own_language,
    own_language_de,
    own_language_de_fr2,
    own_language_es_nl,
    own_language_es_nl2,
    own_language_fr,
    own_language_more,
    own_language_sv_it_pt,
    personal_services,
    professional,
    public,
    retail,
    services,
    shops_and_wholesale,
    trades_and_field,
)

# Each company carries its sector (the module it is written in): the own-work estimator pairs
# a company's own lines with other sectors' profiles as negatives (classifier/training.py).
COMPANIES: list[dict] = [
    {**company, "sector": module.__name__.rsplit(".", 1)[-1]}
    for module in (
        professional,
        health,
        retail,
        hospitality,
        industry,
        digital,
        public,
        services,
        personal_services,
        trades_and_field,
        finance_and_media,
        community_and_care,
        goods_and_making,
        shops_and_wholesale,
        own_language,
        more_trades_and_field,
        more_food_and_hospitality,
        more_professional_and_digital,
        more_health_education_care,
        more_retail_and_making,
        own_language_more,
        more_front_of_house,
        more_service_lines,
        more_industry_and_public,
        own_language_de,
        own_language_fr,
        own_language_es_nl,
        more_near_the_offering,
        more_hands_on_mixed,
        more_care_and_community,
        own_language_sv_it_pt,
        own_language_de_fr2,
        own_language_es_nl2,
    )
    for company in module.COMPANIES
]

__all__ = ["COMPANIES"]
