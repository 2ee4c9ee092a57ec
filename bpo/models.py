"""Database tables: provider catalog, analyses, API keys and label feedback."""

import secrets
from datetime import UTC, datetime

from sqlalchemy import JSON, Boolean, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from bpo.extensions import db


def utcnow() -> datetime:
    """Timezone-aware now, for every timestamp column."""
    return datetime.now(UTC)


def new_analysis_id() -> str:
    """An unguessable id: 144 random bits, URL-safe."""
    return secrets.token_urlsafe(18)


class ProviderRecord(db.Model):
    """One provider of the catalog; `data` holds the validated catalog fields."""

    __tablename__ = "providers"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    country: Mapped[str] = mapped_column(String(2), index=True)
    data: Mapped[dict] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class ApiKey(db.Model):
    """An API key; only the SHA-256 of the secret is kept."""

    __tablename__ = "api_keys"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    key_hash: Mapped[str] = mapped_column(String(64), unique=True)
    is_admin: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class AnalysisRecord(db.Model):
    """A stored analysis: what was asked, what came out, and which model said it."""

    __tablename__ = "analyses"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_analysis_id)
    created_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, index=True
    )
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    owner_key_id: Mapped[int | None] = mapped_column(
        ForeignKey("api_keys.id", ondelete="SET NULL"), nullable=True, index=True
    )
    model_version: Mapped[str] = mapped_column(String(100))
    company_name: Mapped[str | None] = mapped_column(String(200), nullable=True)
    task_count: Mapped[int] = mapped_column(Integer)
    totals: Mapped[dict] = mapped_column(JSON)
    version: Mapped[int] = mapped_column(Integer, server_default="1")
    # Large documents, loaded only when read: listings use the columns above.
    request: Mapped[dict] = mapped_column(JSON, deferred=True)
    result: Mapped[dict] = mapped_column(JSON, deferred=True)

    # UPDATE ... WHERE version = <read version>: a lost race raises instead of overwriting.
    __mapper_args__ = {"version_id_col": version}


class LabelFeedback(db.Model):
    """A person's corrected labels for one task of an analysis, kept for retraining."""

    __tablename__ = "label_feedback"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    analysis_id: Mapped[str] = mapped_column(
        ForeignKey("analyses.id", ondelete="CASCADE"), index=True
    )
    task_index: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    office: Mapped[str | None] = mapped_column(String(20), nullable=True)
    process: Mapped[str | None] = mapped_column(String(20), nullable=True)
    function: Mapped[str | None] = mapped_column(String(40), nullable=True)
    location: Mapped[str | None] = mapped_column(String(20), nullable=True)
    sent_by: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
