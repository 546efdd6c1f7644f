#!/usr/bin/env node
/**
 * Reads a PDF on stdin and prints {pages, text, info} as JSON: its text as PDF.js extracts it (unpdf), and its
 * document information (Title, Subject, Keywords). A child process, because unpdf is an ES module that jest's
 * CommonJS runtime cannot load.
 */
import { Buffer } from 'node:buffer';
import { extractText, getDocumentProxy } from 'unpdf';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const pdf = await getDocumentProxy(new Uint8Array(Buffer.concat(chunks)));
const { totalPages, text } = await extractText(pdf, { mergePages: true });
const { info } = await pdf.getMetadata();
process.stdout.write(JSON.stringify({ pages: totalPages, text, info }));
