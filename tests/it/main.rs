//! Integration tests: the real app on a random port against a fresh store,
//! each test on SQLite and on PostgreSQL.

mod support;

mod access;
mod assign;
mod audit;
mod browser;
mod cli;
mod conflicts;
mod crm;
mod dashboard;
mod demo;
mod departures;
mod errors;
mod gaps;
mod handoffs;
mod health;
mod imports;
mod index;
mod indexer;
mod instances;
mod interviews;
mod interviews_model;
mod knowledge;
mod knowledge_model;
mod mail;
mod ownership;
mod patterns;
mod permissions;
mod races;
mod scripted_llm;
mod send_back;
mod session;
mod teams;
mod transfers;
mod whatsapp;
