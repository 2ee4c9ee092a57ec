"""Hand-written vocabularies, one module per function, collected in `FUNCTION_VOCABS`."""

from training_data.vocab import (
    admin,
    customer_service,
    finance_accounting,
    hr,
    it,
    legal_compliance,
    logistics,
    management,
    marketing,
    payroll,
    procurement,
    product_development,
    production,
    sales,
)

FUNCTION_VOCABS = [
    customer_service.VOCAB,
    sales.VOCAB,
    marketing.VOCAB,
    finance_accounting.VOCAB,
    payroll.VOCAB,
    hr.VOCAB,
    it.VOCAB,
    admin.VOCAB,
    procurement.VOCAB,
    logistics.VOCAB,
    production.VOCAB,
    legal_compliance.VOCAB,
    product_development.VOCAB,
    management.VOCAB,
]
