"""The provider catalog in the database: read, filter, seed, import and edit."""

from sqlalchemy import select

from bpo.extensions import db
from bpo.models import ProviderRecord, utcnow
from bpo.sourcing.catalog import ProviderSchema, load_sample_providers
from bpo.sourcing.domain import Provider


def provider_to_dict(provider: Provider) -> dict:
    """A provider as plain JSON, in the catalog format."""
    return ProviderSchema().dump(provider)


def provider_from_dict(data: dict) -> Provider:
    """A provider back from its stored JSON."""
    return Provider(**data)


def load_catalog() -> list[Provider]:
    """Every provider of the stored catalog, by id."""
    rows = db.session.scalars(select(ProviderRecord).order_by(ProviderRecord.id))
    return [provider_from_dict(row.data) for row in rows]


def get_provider(provider_id: str) -> Provider | None:
    """One provider by id, or None."""
    row = db.session.get(ProviderRecord, provider_id)
    return provider_from_dict(row.data) if row else None


def filter_providers(
    providers: list[Provider],
    service: str | None = None,
    country: str | None = None,
    certification: str | None = None,
    max_rate: float | None = None,
) -> list[Provider]:
    """Providers matching every filter given; `max_rate` applies to `service` when set."""

    def keep(provider: Provider) -> bool:
        if service and service not in provider.services:
            return False
        if country and provider.country != country.upper():
            return False
        if certification and certification not in provider.certifications:
            return False
        if max_rate is not None:
            rates = [provider.services[service]] if service else list(provider.services.values())
            if min(rates) > max_rate:
                return False
        return True

    return [provider for provider in providers if keep(provider)]


def _put(provider: Provider) -> None:
    """Insert or update one provider in the session (the caller commits)."""
    row = db.session.get(ProviderRecord, provider.id)
    if row is None:
        row = ProviderRecord(id=provider.id)
        db.session.add(row)
    row.name = provider.name
    row.country = provider.country
    row.data = provider_to_dict(provider)
    row.updated_at = utcnow()


def save_provider(provider: Provider) -> None:
    """Create or replace one provider."""
    _put(provider)
    db.session.commit()


def delete_provider(provider_id: str) -> bool:
    """Remove one provider; False when there was none."""
    row = db.session.get(ProviderRecord, provider_id)
    if row is None:
        return False
    db.session.delete(row)
    db.session.commit()
    return True


def import_providers(providers: list[Provider], replace: bool = False) -> dict:
    """Store validated providers in one transaction; with `replace`, drop the others."""
    existing = set(db.session.scalars(select(ProviderRecord.id)))
    incoming = {provider.id for provider in providers}
    if replace:
        for provider_id in existing - incoming:
            db.session.delete(db.session.get(ProviderRecord, provider_id))
    for provider in providers:
        _put(provider)
    db.session.commit()
    return {
        "added": len(incoming - existing),
        "updated": len(incoming & existing),
        "removed": len(existing - incoming) if replace else 0,
    }


def seed_sample_catalog() -> int:
    """Load the fictional sample catalog into an empty catalog; the count added."""
    if db.session.scalar(select(ProviderRecord.id).limit(1)) is not None:
        return 0
    return import_providers(load_sample_providers())["added"]
