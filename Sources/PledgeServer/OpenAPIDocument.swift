/// The OpenAPI 3.1.0 description of `/api/v1` (and `GET /health`), served as written at
/// `GET /api/v1/openapi.json`.
///
/// Written by hand from the writers it describes: `APIRoutes` and `APIJSON` (the API's own shapes),
/// `ReportCard.jsonBytes()` (the report card, docs/report-card-json.md) and `ErrorReplies` (errors). Every
/// object lists all of its keys as `required` with `additionalProperties: false`, since the writers always
/// write every key (a value that does not exist is `null`). `OpenAPITests` requests every route of a live
/// server and validates each answer against the schema given here for its status, so a change to a writer
/// must be made here too.
enum OpenAPIDocument {
    static let text: String = #"""
{
  "openapi": "3.1.0",
  "info": {
    "title": "Pledgewatch API",
    "version": "1.0.0",
    "description": "The figures of the public website as JSON: the Policing Pledge, the forces, each force's report card and promise figures, its neighbourhoods and their street crimes, and the national picture. Every answer is a JSON object with its keys in alphabetical order. Shares are fractions from 0 to 1 (0.946 means 94.6%), never percentages. A value that does not exist is written as null: a key is never missing. Dates are local dates (YYYY-MM-DD), months are YYYY-MM, and times are local Europe/London times with their offset from UTC (2009-03-20T12:00:00+00:00 in winter, +01:00 in summer). Grades are EXCELLENT, GOOD, FAIR or POOR, or null where nothing could be graded (NOT ASSESSED). A period is a financial year (2008/09), a quarter (2009-Q1), a month (2009-01) or a range of days (2009-01-01..2009-01-31); without one, a force's latest financial year with calls is shown. An error is answered with its HTTP status and an object holding a message in plain English."
  },
  "servers": [{ "url": "/" }],
  "paths": {
    "/health": {
      "get": {
        "operationId": "getHealth",
        "summary": "Whether the service is up, and the version of its data",
        "responses": {
          "200": {
            "description": "The service is up. The data version moves on with every import.",
            "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Health" } } }
          }
        }
      }
    },
    "/api/v1/openapi.json": {
      "get": {
        "operationId": "getOpenAPIDocument",
        "summary": "This document",
        "responses": {
          "200": {
            "description": "The OpenAPI 3.1 description of the API.",
            "content": { "application/json": { "schema": { "$ref": "#/components/schemas/OpenAPIDocument" } } }
          }
        }
      }
    },
    "/api/v1/pledge": {
      "get": {
        "operationId": "getPledge",
        "summary": "The Policing Pledge: its ten promises, their indicators, and the grades",
        "responses": {
          "200": {
            "description": "The grades, best first, and the ten promises with the indicators each is graded on.",
            "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Pledge" } } }
          }
        }
      }
    },
    "/api/v1/forces": {
      "get": {
        "operationId": "listForces",
        "summary": "Every police force, by name, and whether records are held for it",
        "responses": {
          "200": {
            "description": "The forces of England and Wales, sorted by name.",
            "content": { "application/json": { "schema": { "$ref": "#/components/schemas/ForceList" } } }
          }
        }
      }
    },
    "/api/v1/forces/{force}": {
      "get": {
        "operationId": "getForce",
        "summary": "A force: its neighbourhoods and the periods its figures can be shown for",
        "parameters": [{ "$ref": "#/components/parameters/Force" }],
        "responses": {
          "200": {
            "description": "The force, its neighbourhoods and its periods (financial years, then quarters, then months, latest first within each; empty without calls).",
            "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Force" } } }
          },
          "404": {
            "description": "There is no force with that id.",
            "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } }
          }
        }
      }
    },
    "/api/v1/forces/{force}/report": {
      "get": {
        "operationId": "getReportCard",
        "summary": "A force's report card for a period (docs/report-card-json.md)",
        "parameters": [{ "$ref": "#/components/parameters/Force" }, { "$ref": "#/components/parameters/Period" }],
        "responses": {
          "429": {
            "description": "The figures asked for are not computed yet and this client already has as many computations running as it may. Wait for them; Retry-After says how many seconds.",
            "headers": { "Retry-After": { "description": "Seconds to wait before asking again.", "schema": { "type": "integer" } } },
            "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } }
          },
          "503": {
            "description": "The figures asked for are not computed yet and the service is computing as much as it can. Retry-After says how many seconds to wait.",
            "headers": { "Retry-After": { "description": "Seconds to wait before asking again.", "schema": { "type": "integer" } } },
            "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } }
          },
          "200": {
            "description": "The report card: the force's grade, the ten promises with their findings and figures, and the three improvement areas.",
            "content": { "application/json": { "schema": { "$ref": "#/components/schemas/ReportCard" } } }
          },
          "400": {
            "description": "The period is not one the API understands.",
            "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } }
          },
          "404": {
            "description": "There is no force with that id, or no period was given and the force has no calls recorded.",
            "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } }
          }
        }
      }
    },
    "/api/v1/forces/{force}/promises/{promise}": {
      "get": {
        "operationId": "getPromise",
        "summary": "One promise of a force's report card, with the figures, funnel plots and monthly series behind its grade",
        "parameters": [
          { "$ref": "#/components/parameters/Force" },
          { "$ref": "#/components/parameters/Promise" },
          { "$ref": "#/components/parameters/Period" }
        ],
        "responses": {
          "429": {
            "description": "The figures asked for are not computed yet and this client already has as many computations running as it may. Wait for them; Retry-After says how many seconds.",
            "headers": { "Retry-After": { "description": "Seconds to wait before asking again.", "schema": { "type": "integer" } } },
            "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } }
          },
          "503": {
            "description": "The figures asked for are not computed yet and the service is computing as much as it can. Retry-After says how many seconds to wait.",
            "headers": { "Retry-After": { "description": "Seconds to wait before asking again.", "schema": { "type": "integer" } } },
            "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } }
          },
          "200": {
            "description": "The promise's grade, findings and indicators, each with funnel plots across the force's local policing units and neighbourhoods and its control chart series.",
            "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Promise" } } }
          },
          "400": {
            "description": "The period is not one the API understands.",
            "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } }
          },
          "404": {
            "description": "There is no force with that id, the promise is not a number from 1 to 10, or no period was given and the force has no calls recorded.",
            "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } }
          }
        }
      }
    },
    "/api/v1/forces/{force}/neighbourhoods/{neighbourhood}": {
      "get": {
        "operationId": "getNeighbourhood",
        "summary": "A neighbourhood: its team, contacts, meetings, priorities, latest update and local figures",
        "parameters": [
          { "$ref": "#/components/parameters/Force" },
          { "$ref": "#/components/parameters/Neighbourhood" },
          { "$ref": "#/components/parameters/Period" }
        ],
        "responses": {
          "429": {
            "description": "The figures asked for are not computed yet and this client already has as many computations running as it may. Wait for them; Retry-After says how many seconds.",
            "headers": { "Retry-After": { "description": "Seconds to wait before asking again.", "schema": { "type": "integer" } } },
            "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } }
          },
          "503": {
            "description": "The figures asked for are not computed yet and the service is computing as much as it can. Retry-After says how many seconds to wait.",
            "headers": { "Retry-After": { "description": "Seconds to wait before asking again.", "schema": { "type": "integer" } } },
            "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } }
          },
          "200": {
            "description": "The neighbourhood as its page shows it. The figures are for the period asked for, else the force's latest financial year; their period is null when the force has no calls.",
            "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Neighbourhood" } } }
          },
          "400": {
            "description": "The period is not one the API understands.",
            "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } }
          },
          "404": {
            "description": "There is no force with that id, or the force has no neighbourhood with that id.",
            "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } }
          }
        }
      }
    },
    "/api/v1/forces/{force}/neighbourhoods/{neighbourhood}/crimes": {
      "get": {
        "operationId": "getNeighbourhoodCrimes",
        "summary": "The street crimes police.uk publishes for a neighbourhood in a month, by category and by place",
        "parameters": [
          { "$ref": "#/components/parameters/Force" },
          { "$ref": "#/components/parameters/Neighbourhood" },
          { "$ref": "#/components/parameters/Month" }
        ],
        "responses": {
          "200": {
            "description": "The month's crimes by category and by place, and every month with crimes recorded (latest first).",
            "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Crimes" } } }
          },
          "400": {
            "description": "The month is not given as YYYY-MM.",
            "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } }
          },
          "404": {
            "description": "There is no force with that id, the force has no neighbourhood with that id, or no month was given and no crimes are recorded in the neighbourhood.",
            "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } }
          }
        }
      }
    },
    "/api/v1/national": {
      "get": {
        "operationId": "getNational",
        "summary": "Every force with calls in a period, graded side by side, with a funnel plot of each indicator across forces",
        "parameters": [{ "$ref": "#/components/parameters/Period" }],
        "responses": {
          "429": {
            "description": "The figures asked for are not computed yet and this client already has as many computations running as it may. Wait for them; Retry-After says how many seconds.",
            "headers": { "Retry-After": { "description": "Seconds to wait before asking again.", "schema": { "type": "integer" } } },
            "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } }
          },
          "503": {
            "description": "The figures asked for are not computed yet and the service is computing as much as it can. Retry-After says how many seconds to wait.",
            "headers": { "Retry-After": { "description": "Seconds to wait before asking again.", "schema": { "type": "integer" } } },
            "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } }
          },
          "200": {
            "description": "The forces' grades and the funnel plots. Forces are compared with the national share for their own size, not ranked.",
            "content": { "application/json": { "schema": { "$ref": "#/components/schemas/National" } } }
          },
          "400": {
            "description": "The period is not one the API understands.",
            "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } }
          },
          "404": {
            "description": "No period was given and no force has calls recorded.",
            "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } }
          }
        }
      }
    },
    "/api/v1/find": {
      "get": {
        "operationId": "findNeighbourhoods",
        "summary": "Find neighbourhoods by postcode, place or name, or by a point",
        "description": "Give q, or lat and lng together (they take precedence over q).",
        "parameters": [
          {
            "name": "q",
            "in": "query",
            "required": false,
            "description": "A full postcode, its sector or district (the first part), or the name of a place or neighbourhood: not blank.",
            "example": "LE1",
            "schema": { "type": "string", "pattern": "[^\\s\\u0085]" }
          },
          {
            "name": "lat",
            "in": "query",
            "required": false,
            "description": "Latitude in decimal degrees, with lng.",
            "schema": { "type": "number", "minimum": -90, "maximum": 90 }
          },
          {
            "name": "lng",
            "in": "query",
            "required": false,
            "description": "Longitude in decimal degrees, with lat.",
            "schema": { "type": "number", "minimum": -180, "maximum": 180 }
          }
        ],
        "responses": {
          "200": {
            "description": "How the search matched (null when nothing did) and the neighbourhoods found, best first.",
            "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Find" } } }
          },
          "400": {
            "description": "Neither a non-empty q nor lat and lng were given, or lat and lng are not decimal degrees in range.",
            "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } }
          }
        }
      }
    }
  },
  "components": {
    "parameters": {
      "Force": {
        "name": "force",
        "in": "path",
        "required": true,
        "description": "The force's id, as on police.uk: leicestershire, avon-and-somerset.",
        "example": "leicestershire",
        "schema": { "type": "string" }
      },
      "Neighbourhood": {
        "name": "neighbourhood",
        "in": "path",
        "required": true,
        "description": "The neighbourhood's id within its force, as listed by getForce.",
        "example": "LE0101",
        "schema": { "type": "string" }
      },
      "Promise": {
        "name": "promise",
        "in": "path",
        "required": true,
        "description": "The promise's number, 1 to 10.",
        "example": 5,
        "schema": { "type": "integer", "minimum": 1, "maximum": 10 }
      },
      "Period": {
        "name": "period",
        "in": "query",
        "required": false,
        "description": "The period: 2008/09, 2009-Q1, 2009-01 or 2009-01-01..2009-01-31, at most five years long. Without it, the force's latest financial year with calls (for national, the latest of any force). A financial year is written with its second year's last two digits (2008/09, not 2008/10).",
        "example": "2008/09",
        "schema": { "$ref": "#/components/schemas/PeriodLabel" }
      },
      "Month": {
        "name": "month",
        "in": "query",
        "required": false,
        "description": "The month, YYYY-MM. Without it, the latest month with crimes recorded.",
        "example": "2009-03",
        "schema": { "$ref": "#/components/schemas/Month" }
      }
    },
    "schemas": {
      "Error": {
        "description": "An error: its message in plain English and its HTTP status.",
        "type": "object",
        "properties": {
          "error": {
            "type": "object",
            "properties": {
              "message": { "type": "string" },
              "status": { "type": "integer", "minimum": 400, "maximum": 599 }
            },
            "required": ["message", "status"],
            "additionalProperties": false
          }
        },
        "required": ["error"],
        "additionalProperties": false
      },
      "Health": {
        "type": "object",
        "properties": {
          "data_version": { "type": "integer", "minimum": 0, "description": "Moves on with every import." },
          "status": { "type": "string", "enum": ["ok"] }
        },
        "required": ["data_version", "status"],
        "additionalProperties": false
      },
      "OpenAPIDocument": {
        "description": "This document. Its paths and components are described by the OpenAPI 3.1 specification itself.",
        "type": "object",
        "properties": {
          "openapi": { "type": "string", "pattern": "^3\\.1\\.\\d+$" },
          "info": {
            "type": "object",
            "properties": {
              "title": { "type": "string" },
              "version": { "type": "string" },
              "description": { "type": "string" }
            },
            "required": ["title", "version", "description"],
            "additionalProperties": false
          },
          "servers": {
            "type": "array",
            "minItems": 1,
            "items": {
              "type": "object",
              "properties": { "url": { "type": "string" } },
              "required": ["url"],
              "additionalProperties": false
            }
          },
          "paths": { "type": "object" },
          "components": { "type": "object" }
        },
        "required": ["openapi", "info", "servers", "paths", "components"],
        "additionalProperties": false
      },
      "Date": {
        "description": "A local date.",
        "type": "string",
        "pattern": "^\\d{4}-\\d{2}-\\d{2}$"
      },
      "Month": {
        "description": "A month, YYYY-MM.",
        "type": "string",
        "pattern": "^[1-9]\\d{3}-(0[1-9]|1[0-2])$"
      },
      "LocalTime": {
        "description": "A local Europe/London time with its offset from UTC.",
        "type": "string",
        "pattern": "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}[+-]\\d{2}:\\d{2}$"
      },
      "PeriodLabel": {
        "description": "A financial year (2008/09), a quarter (2009-Q1), a month (2009-01) or a range of days (2009-01-01..2009-01-31).",
        "type": "string",
        "pattern": "^([1-8]\\d{3}/\\d{2}|[1-8]\\d{3}-Q[1-4]|[1-8]\\d{3}-(0[1-9]|1[0-2])|[1-8]\\d{3}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])\\.\\.[1-8]\\d{3}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01]))$"
      },
      "GradeLabel": {
        "description": "A grade.",
        "type": "string",
        "enum": ["EXCELLENT", "GOOD", "FAIR", "POOR"]
      },
      "Grade": {
        "description": "A grade, or null: NOT ASSESSED.",
        "type": ["string", "null"],
        "enum": ["EXCELLENT", "GOOD", "FAIR", "POOR", null]
      },
      "Share": {
        "description": "A share, as a fraction from 0 to 1.",
        "type": "number",
        "minimum": 0,
        "maximum": 1
      },
      "PromiseNumber": {
        "type": "integer",
        "minimum": 1,
        "maximum": 10
      },
      "Unit": {
        "description": "What the numerator and denominator count: records, or hours (promise 3's duty hours).",
        "type": "string",
        "enum": ["records", "hours"]
      },
      "Pledge": {
        "type": "object",
        "properties": {
          "grades": {
            "description": "The four grades, best first.",
            "type": "array",
            "minItems": 4,
            "maxItems": 4,
            "items": {
              "type": "object",
              "properties": {
                "grade": { "$ref": "#/components/schemas/GradeLabel" },
                "meaning": { "type": "string" }
              },
              "required": ["grade", "meaning"],
              "additionalProperties": false
            }
          },
          "promises": {
            "type": "array",
            "minItems": 10,
            "maxItems": 10,
            "items": { "$ref": "#/components/schemas/PledgePromise" }
          }
        },
        "required": ["grades", "promises"],
        "additionalProperties": false
      },
      "PledgePromise": {
        "type": "object",
        "properties": {
          "indicators": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "id": { "type": "string" },
                "target": {
                  "description": "The default target share; null for an indicator without one.",
                  "type": ["number", "null"],
                  "minimum": 0,
                  "maximum": 1
                },
                "title": { "type": "string" },
                "weight": { "description": "Its weight in the promise's grade; 0 for an informational indicator.", "type": "integer", "minimum": 0 }
              },
              "required": ["id", "target", "title", "weight"],
              "additionalProperties": false
            }
          },
          "promise": { "$ref": "#/components/schemas/PromiseNumber" },
          "wording": { "type": "string" }
        },
        "required": ["indicators", "promise", "wording"],
        "additionalProperties": false
      },
      "ForceList": {
        "type": "object",
        "properties": {
          "forces": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "has_records": { "type": "boolean" },
                "id": { "type": "string" },
                "name": { "type": "string" }
              },
              "required": ["has_records", "id", "name"],
              "additionalProperties": false
            }
          }
        },
        "required": ["forces"],
        "additionalProperties": false
      },
      "ForceRef": {
        "type": "object",
        "properties": {
          "id": { "type": "string" },
          "name": { "type": "string" }
        },
        "required": ["id", "name"],
        "additionalProperties": false
      },
      "Force": {
        "type": "object",
        "properties": {
          "id": { "type": "string" },
          "name": { "type": "string" },
          "neighbourhoods": { "type": "array", "items": { "$ref": "#/components/schemas/NeighbourhoodSummary" } },
          "periods": {
            "description": "Financial years, then quarters, then months, latest first within each.",
            "type": "array",
            "items": { "$ref": "#/components/schemas/PeriodLabel" }
          }
        },
        "required": ["id", "name", "neighbourhoods", "periods"],
        "additionalProperties": false
      },
      "NeighbourhoodSummary": {
        "type": "object",
        "properties": {
          "area_type": { "type": "string", "enum": ["urban", "rural"] },
          "force": { "type": "string" },
          "id": { "type": "string" },
          "lpu": { "description": "Its local policing unit.", "type": ["string", "null"] },
          "name": { "type": "string" },
          "url": { "description": "Its page on the website.", "type": "string" }
        },
        "required": ["area_type", "force", "id", "lpu", "name", "url"],
        "additionalProperties": false
      },
      "ReportCard": {
        "description": "A force's report card (docs/report-card-json.md).",
        "type": "object",
        "properties": {
          "force": { "$ref": "#/components/schemas/ReportCardForce" },
          "grade_scale": {
            "description": "The four grades, best first.",
            "type": "array",
            "minItems": 4,
            "maxItems": 4,
            "items": { "$ref": "#/components/schemas/GradeScaleEntry" }
          },
          "improvement_areas": {
            "type": "array",
            "minItems": 3,
            "maxItems": 3,
            "items": { "$ref": "#/components/schemas/ImprovementArea" }
          },
          "period": { "$ref": "#/components/schemas/ReportPeriod" },
          "promises": {
            "type": "array",
            "minItems": 10,
            "maxItems": 10,
            "items": { "$ref": "#/components/schemas/PromiseCard" }
          }
        },
        "required": ["force", "grade_scale", "improvement_areas", "period", "promises"],
        "additionalProperties": false
      },
      "ReportCardForce": {
        "type": "object",
        "properties": {
          "explanation": { "description": "The mean written out, and any cap.", "type": "string" },
          "grade": { "description": "The force's grade after the caps.", "$ref": "#/components/schemas/Grade" },
          "id": { "type": "string" },
          "mean_points": { "description": "The mean points of the graded promises and areas; null when none is graded.", "type": ["number", "null"], "minimum": 1, "maximum": 4 },
          "name": { "type": "string" },
          "uncapped_grade": { "$ref": "#/components/schemas/Grade" }
        },
        "required": ["explanation", "grade", "id", "mean_points", "name", "uncapped_grade"],
        "additionalProperties": false
      },
      "GradeScaleEntry": {
        "type": "object",
        "properties": {
          "grade": { "$ref": "#/components/schemas/GradeLabel" },
          "meaning": { "type": "string" },
          "points": { "type": "integer", "minimum": 1, "maximum": 4 }
        },
        "required": ["grade", "meaning", "points"],
        "additionalProperties": false
      },
      "ImprovementArea": {
        "type": "object",
        "properties": {
          "area": { "type": "integer", "minimum": 1, "maximum": 3 },
          "assessor": { "description": "Null until an assessor grades the area.", "type": ["string", "null"] },
          "counted": { "description": "What the records count towards the area: for area 2, the figures below target with and without an open improvement action; null for areas 1 and 3.", "type": ["string", "null"] },
          "evidence": { "type": ["string", "null"] },
          "grade": { "$ref": "#/components/schemas/Grade" },
          "wording": { "type": "string" }
        },
        "required": ["area", "assessor", "counted", "evidence", "grade", "wording"],
        "additionalProperties": false
      },
      "ReportPeriod": {
        "type": "object",
        "properties": {
          "as_of": { "description": "When the card was made.", "$ref": "#/components/schemas/LocalTime" },
          "end": { "description": "The day after the period's last day.", "$ref": "#/components/schemas/Date" },
          "label": { "$ref": "#/components/schemas/PeriodLabel" },
          "start": { "$ref": "#/components/schemas/Date" }
        },
        "required": ["as_of", "end", "label", "start"],
        "additionalProperties": false
      },
      "PromiseCard": {
        "type": "object",
        "properties": {
          "computed_grade": { "description": "The weighted mean of the graded indicators, rounded (a tie goes up).", "$ref": "#/components/schemas/Grade" },
          "explanation": { "type": "string" },
          "findings": { "type": "array", "items": { "$ref": "#/components/schemas/CardFinding" } },
          "grade": { "description": "The published grade: the assessor's override when there is one, else computed_grade.", "$ref": "#/components/schemas/Grade" },
          "indicators": { "type": "array", "items": { "$ref": "#/components/schemas/CardIndicator" } },
          "mean_points": { "type": ["number", "null"], "minimum": 1, "maximum": 4 },
          "override": {
            "anyOf": [{ "$ref": "#/components/schemas/Override" }, { "type": "null" }]
          },
          "promise": { "$ref": "#/components/schemas/PromiseNumber" },
          "reality_checks": { "$ref": "#/components/schemas/RealityChecks" },
          "wording": { "type": "string" }
        },
        "required": [
          "computed_grade", "explanation", "findings", "grade", "indicators", "mean_points", "override", "promise",
          "reality_checks", "wording"
        ],
        "additionalProperties": false
      },
      "CardFinding": {
        "type": "object",
        "properties": {
          "indicator": { "description": "The indicator a drafted finding quotes.", "type": ["string", "null"] },
          "kind": { "$ref": "#/components/schemas/FindingKind" },
          "origin": { "$ref": "#/components/schemas/FindingOrigin" },
          "text": { "type": "string" }
        },
        "required": ["indicator", "kind", "origin", "text"],
        "additionalProperties": false
      },
      "FindingKind": {
        "type": "string",
        "enum": ["strength", "weakness"]
      },
      "FindingOrigin": {
        "description": "Drafted from the figures, drafted then edited by an assessor, or added by an assessor.",
        "type": "string",
        "enum": ["drafted", "edited", "added"]
      },
      "CardIndicator": {
        "description": "A force-level figure behind a promise's grade.",
        "type": "object",
        "properties": {
          "denominator": { "type": "number", "minimum": 0 },
          "grade": { "$ref": "#/components/schemas/Grade" },
          "id": { "type": "string" },
          "interval_lower": { "description": "The 95% interval.", "type": ["number", "null"] },
          "interval_upper": { "type": ["number", "null"] },
          "months_left_out": {
            "description": "Months of the period (begun by as-of) with no records of the indicator's kind, which were not counted.",
            "type": "array",
            "items": { "$ref": "#/components/schemas/Month" }
          },
          "no_records": {
            "description": "Why there is no value when no month of the period has records of the indicator's kind; null otherwise.",
            "type": ["string", "null"]
          },
          "numerator": { "type": "number", "minimum": 0 },
          "rule": { "description": "Why the indicator has its grade, with the numbers, or why it has none.", "type": ["string", "null"] },
          "series": {
            "description": "Each whole month of the period.",
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "month": { "$ref": "#/components/schemas/Month" },
                "value": { "type": ["number", "null"] }
              },
              "required": ["month", "value"],
              "additionalProperties": false
            }
          },
          "small_sample": { "description": "Fewer than 30 records (or officer-days) behind the value.", "type": "boolean" },
          "target": { "type": ["number", "null"], "minimum": 0, "maximum": 1 },
          "title": { "type": "string" },
          "unit": { "$ref": "#/components/schemas/Unit" },
          "value": { "description": "Null when nothing was counted.", "type": ["number", "null"] },
          "weight": { "type": "integer", "minimum": 0 }
        },
        "required": [
          "denominator", "grade", "id", "interval_lower", "interval_upper", "months_left_out", "no_records", "numerator", "rule", "series",
          "small_sample", "target", "title", "unit", "value", "weight"
        ],
        "additionalProperties": false
      },
      "Override": {
        "description": "An assessor's grade for a promise, replacing the computed one.",
        "type": "object",
        "properties": {
          "assessor": { "type": "string" },
          "grade": { "$ref": "#/components/schemas/GradeLabel" },
          "reason": { "type": "string" }
        },
        "required": ["assessor", "grade", "reason"],
        "additionalProperties": false
      },
      "RealityChecks": {
        "type": "object",
        "properties": {
          "checks": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "date": { "$ref": "#/components/schemas/Date" },
                "met": { "type": "boolean" },
                "neighbourhood": { "description": "Null for a force-wide check.", "type": ["string", "null"] }
              },
              "required": ["date", "met", "neighbourhood"],
              "additionalProperties": false
            }
          },
          "made": { "type": "integer", "minimum": 0 },
          "met": { "type": "integer", "minimum": 0 }
        },
        "required": ["checks", "made", "met"],
        "additionalProperties": false
      },
      "Promise": {
        "type": "object",
        "properties": {
          "computed_grade": { "$ref": "#/components/schemas/Grade" },
          "explanation": { "type": "string" },
          "findings": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "kind": { "$ref": "#/components/schemas/FindingKind" },
                "origin": { "$ref": "#/components/schemas/FindingOrigin" },
                "text": { "type": "string" }
              },
              "required": ["kind", "origin", "text"],
              "additionalProperties": false
            }
          },
          "force": { "$ref": "#/components/schemas/ForceRef" },
          "grade": { "$ref": "#/components/schemas/Grade" },
          "indicators": { "type": "array", "items": { "$ref": "#/components/schemas/PromiseIndicator" } },
          "period": { "$ref": "#/components/schemas/PeriodLabel" },
          "promise": { "$ref": "#/components/schemas/PromiseNumber" },
          "series": { "type": "array", "items": { "$ref": "#/components/schemas/IndicatorSeries" } },
          "wording": { "type": "string" }
        },
        "required": ["computed_grade", "explanation", "findings", "force", "grade", "indicators", "period", "promise", "series", "wording"],
        "additionalProperties": false
      },
      "PromiseIndicator": {
        "description": "A force-level figure of a promise, with its control chart centre line and funnel plots across the force's areas.",
        "type": "object",
        "properties": {
          "centre": { "description": "The control chart's centre line, from the months before the period; null without them.", "type": ["number", "null"] },
          "denominator": { "type": "number", "minimum": 0 },
          "funnels": {
            "type": "object",
            "properties": {
              "lpus": { "anyOf": [{ "$ref": "#/components/schemas/Funnel" }, { "type": "null" }] },
              "neighbourhoods": { "anyOf": [{ "$ref": "#/components/schemas/Funnel" }, { "type": "null" }] }
            },
            "required": ["lpus", "neighbourhoods"],
            "additionalProperties": false
          },
          "grade": { "$ref": "#/components/schemas/Grade" },
          "id": { "type": "string" },
          "interval_lower": { "type": ["number", "null"] },
          "interval_upper": { "type": ["number", "null"] },
          "no_records": { "description": "Why there is no value when the period holds no records of the indicator's kind; null otherwise.", "type": ["string", "null"] },
          "numerator": { "type": "number", "minimum": 0 },
          "promise": { "$ref": "#/components/schemas/PromiseNumber" },
          "small_sample": { "type": "boolean" },
          "target": { "type": ["number", "null"], "minimum": 0, "maximum": 1 },
          "title": { "type": "string" },
          "unit": { "$ref": "#/components/schemas/Unit" },
          "value": { "type": ["number", "null"] }
        },
        "required": [
          "centre", "denominator", "funnels", "grade", "id", "interval_lower", "interval_upper", "no_records", "numerator", "promise", "small_sample",
          "target", "title", "unit", "value"
        ],
        "additionalProperties": false
      },
      "IndicatorSeries": {
        "description": "An indicator's control chart: each month of the period with its limits and signals.",
        "type": "object",
        "properties": {
          "indicator": { "type": "string" },
          "months": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "denominator": { "type": "number", "minimum": 0 },
                "lower": { "type": ["number", "null"] },
                "month": { "$ref": "#/components/schemas/Month" },
                "numerator": { "type": "number", "minimum": 0 },
                "signals": {
                  "description": "outside-limits: outside the control limits; run-of-7: seven or more points on one side of the centre line; trend-of-7: seven or more points each higher, or each lower, than the one before.",
                  "type": "array",
                  "maxItems": 3,
                  "items": { "type": "string", "enum": ["outside-limits", "run-of-7", "trend-of-7"] }
                },
                "upper": { "type": ["number", "null"] },
                "value": { "type": ["number", "null"] }
              },
              "required": ["denominator", "lower", "month", "numerator", "signals", "upper", "value"],
              "additionalProperties": false
            }
          }
        },
        "required": ["indicator", "months"],
        "additionalProperties": false
      },
      "Funnel": {
        "description": "A funnel plot of one indicator: each area's share against its denominator, with 95% and 99.8% limits around the pooled share.",
        "type": "object",
        "properties": {
          "centre": { "description": "The pooled share; null when nothing was counted anywhere.", "type": ["number", "null"], "minimum": 0, "maximum": 1 },
          "indicator": { "type": "string" },
          "points": {
            "description": "Areas with something counted, smallest denominator first, less those withheld.",
            "type": "array",
            "items": { "$ref": "#/components/schemas/FunnelPoint" }
          },
          "withheld": {
            "description": "Units or neighbourhoods left out of the points to protect the people counted (a figure about people on 1 to 9 records, or one that would give such a figure away), by name; their records still count in the centre. Always empty across forces.",
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "area": { "description": "The local policing unit or neighbourhood, as in a point's area.", "type": "string" },
                "name": { "type": "string" },
                "reason": { "$ref": "#/components/schemas/WithheldReason" }
              },
              "required": ["area", "name", "reason"],
              "additionalProperties": false
            }
          }
        },
        "required": ["centre", "indicator", "points", "withheld"],
        "additionalProperties": false
      },
      "FunnelPoint": {
        "type": "object",
        "properties": {
          "area": { "description": "The force, local policing unit or neighbourhood id.", "type": "string" },
          "denominator": { "type": "number", "minimum": 0 },
          "lower_95": { "$ref": "#/components/schemas/Share" },
          "lower_998": { "$ref": "#/components/schemas/Share" },
          "name": { "type": "string" },
          "numerator": { "type": "number", "minimum": 0 },
          "position": {
            "description": "Where the share falls against the limits: within the 95% limits, between the 95% and 99.8% limits, or beyond the 99.8% limits.",
            "type": "string",
            "enum": ["within", "above95", "below95", "above998", "below998"]
          },
          "upper_95": { "$ref": "#/components/schemas/Share" },
          "upper_998": { "$ref": "#/components/schemas/Share" },
          "value": { "$ref": "#/components/schemas/Share" }
        },
        "required": ["area", "denominator", "lower_95", "lower_998", "name", "numerator", "position", "upper_95", "upper_998", "value"],
        "additionalProperties": false
      },
      "Neighbourhood": {
        "type": "object",
        "properties": {
          "address": { "type": ["string", "null"] },
          "area_type": { "type": "string", "enum": ["urban", "rural"] },
          "base": { "description": "Where the team is based.", "type": ["string", "null"] },
          "centre": {
            "type": ["object", "null"],
            "properties": {
              "latitude": { "type": "number", "minimum": -90, "maximum": 90 },
              "longitude": { "type": "number", "minimum": -180, "maximum": 180 }
            },
            "required": ["latitude", "longitude"],
            "additionalProperties": false
          },
          "crime_month": { "description": "The latest month with street crimes recorded; null when there are none.", "anyOf": [{ "$ref": "#/components/schemas/Month" }, { "type": "null" }] },
          "description": { "type": ["string", "null"] },
          "email": { "type": ["string", "null"] },
          "figures": {
            "type": "object",
            "properties": {
              "indicators": { "type": "array", "items": { "$ref": "#/components/schemas/NeighbourhoodIndicator" } },
              "period": { "description": "Null when the force has no calls.", "anyOf": [{ "$ref": "#/components/schemas/PeriodLabel" }, { "type": "null" }] }
            },
            "required": ["indicators", "period"],
            "additionalProperties": false
          },
          "force": { "type": "string" },
          "id": { "type": "string" },
          "latest_update": { "anyOf": [{ "$ref": "#/components/schemas/NeighbourhoodUpdate" }, { "type": "null" }] },
          "lpu": { "type": ["string", "null"] },
          "name": { "type": "string" },
          "phone": { "type": ["string", "null"] },
          "population": { "type": ["integer", "null"], "minimum": 0 },
          "postcode": { "type": ["string", "null"] },
          "priorities": {
            "description": "The current priorities, at most five.",
            "type": "array",
            "maxItems": 5,
            "items": { "$ref": "#/components/schemas/Priority" }
          },
          "recent_engagements": {
            "description": "The latest meetings and events before now, at most three.",
            "type": "array",
            "maxItems": 3,
            "items": { "$ref": "#/components/schemas/Engagement" }
          },
          "team": { "type": "array", "items": { "$ref": "#/components/schemas/TeamMember" } },
          "upcoming_engagements": {
            "description": "The next meetings and events, at most five.",
            "type": "array",
            "maxItems": 5,
            "items": { "$ref": "#/components/schemas/Engagement" }
          }
        },
        "required": [
          "address", "area_type", "base", "centre", "crime_month", "description", "email", "figures", "force", "id", "latest_update", "lpu",
          "name", "phone", "population", "postcode", "priorities", "recent_engagements", "team", "upcoming_engagements"
        ],
        "additionalProperties": false
      },
      "NeighbourhoodIndicator": {
        "description": "A figure for the neighbourhood, with the force's value beside it: shown with its counts, or withheld. A figure about people (survey answers, victims, dissatisfaction reports, callers flagged vulnerable: P1, P2.awareness, P6.attend_vulnerable_60m, P9 and P10) that stands on 1 to 9 records is withheld (reason \"fewer than 10 records\"), and so is a second figure where a shown total would otherwise give it away. A withheld figure's counts, value, interval and small-sample flag are null.",
        "anyOf": [{ "$ref": "#/components/schemas/ShownNeighbourhoodIndicator" }, { "$ref": "#/components/schemas/WithheldNeighbourhoodIndicator" }]
      },
      "ShownNeighbourhoodIndicator": {
        "description": "A neighbourhood figure shown with its counts.",
        "type": "object",
        "properties": {
          "denominator": { "type": "number", "minimum": 0 },
          "force_value": { "description": "The force-level value of the same indicator.", "type": ["number", "null"] },
          "id": { "type": "string" },
          "interval_lower": { "type": ["number", "null"] },
          "interval_upper": { "type": ["number", "null"] },
          "no_records": { "description": "Why there is no value when the period holds no records of the indicator's kind; null otherwise.", "type": ["string", "null"] },
          "numerator": { "type": "number", "minimum": 0 },
          "promise": { "$ref": "#/components/schemas/PromiseNumber" },
          "reason": { "type": "null" },
          "small_sample": { "type": "boolean" },
          "suppressed": { "type": "boolean", "enum": [false] },
          "target": { "type": ["number", "null"], "minimum": 0, "maximum": 1 },
          "title": { "type": "string" },
          "unit": { "$ref": "#/components/schemas/Unit" },
          "value": { "type": ["number", "null"] }
        },
        "required": [
          "denominator", "force_value", "id", "interval_lower", "interval_upper", "no_records", "numerator", "promise", "reason", "small_sample", "suppressed",
          "target", "title", "unit", "value"
        ],
        "additionalProperties": false
      },
      "WithheldNeighbourhoodIndicator": {
        "description": "A neighbourhood figure withheld to protect the people it counts: no counts, value or interval.",
        "type": "object",
        "properties": {
          "denominator": { "type": "null" },
          "force_value": { "description": "The force-level value of the same indicator.", "type": ["number", "null"] },
          "id": { "type": "string" },
          "interval_lower": { "type": "null" },
          "interval_upper": { "type": "null" },
          "no_records": { "description": "Why there is no value when the period holds no records of the indicator's kind; null otherwise.", "type": ["string", "null"] },
          "numerator": { "type": "null" },
          "promise": { "$ref": "#/components/schemas/PromiseNumber" },
          "reason": { "$ref": "#/components/schemas/WithheldReason" },
          "small_sample": { "type": "null" },
          "suppressed": { "type": "boolean", "enum": [true] },
          "target": { "type": ["number", "null"], "minimum": 0, "maximum": 1 },
          "title": { "type": "string" },
          "unit": { "$ref": "#/components/schemas/Unit" },
          "value": { "type": "null" }
        },
        "required": [
          "denominator", "force_value", "id", "interval_lower", "interval_upper", "no_records", "numerator", "promise", "reason", "small_sample", "suppressed",
          "target", "title", "unit", "value"
        ],
        "additionalProperties": false
      },
      "WithheldReason": {
        "description": "Why a figure is withheld: it stands on fewer than 10 records, or it has enough but would give away one that has not by subtraction from a shown total.",
        "type": "string",
        "enum": ["fewer than 10 records", "withheld so that a figure on fewer than 10 records cannot be worked out from the total"]
      },
      "NeighbourhoodUpdate": {
        "description": "The latest update the team published.",
        "type": "object",
        "properties": {
          "channel": { "type": ["string", "null"] },
          "has_crime_map": { "type": ["boolean", "null"] },
          "has_force_performance": { "type": ["boolean", "null"] },
          "has_justice_outcomes": { "type": ["boolean", "null"] },
          "has_partner_action": { "type": ["boolean", "null"] },
          "month": { "$ref": "#/components/schemas/Month" },
          "published_on": { "$ref": "#/components/schemas/Date" }
        },
        "required": ["channel", "has_crime_map", "has_force_performance", "has_justice_outcomes", "has_partner_action", "month", "published_on"],
        "additionalProperties": false
      },
      "Priority": {
        "type": "object",
        "properties": {
          "action": { "type": ["string", "null"] },
          "action_on": { "anyOf": [{ "$ref": "#/components/schemas/Date" }, { "type": "null" }] },
          "agreed_on": { "anyOf": [{ "$ref": "#/components/schemas/Date" }, { "type": "null" }] },
          "id": { "type": "string" },
          "issue": { "type": "string" }
        },
        "required": ["action", "action_on", "agreed_on", "id", "issue"],
        "additionalProperties": false
      },
      "Engagement": {
        "description": "A meeting or other event where people can meet the team.",
        "type": "object",
        "properties": {
          "address": { "type": ["string", "null"] },
          "ends_at": { "anyOf": [{ "$ref": "#/components/schemas/LocalTime" }, { "type": "null" }] },
          "id": { "type": "string" },
          "kind": { "type": "string" },
          "starts_at": { "$ref": "#/components/schemas/LocalTime" },
          "title": { "type": ["string", "null"] }
        },
        "required": ["address", "ends_at", "id", "kind", "starts_at", "title"],
        "additionalProperties": false
      },
      "TeamMember": {
        "type": "object",
        "properties": {
          "bio": { "type": ["string", "null"] },
          "months_in_post": { "type": "integer", "minimum": 0 },
          "name": { "type": "string" },
          "rank": { "type": "string" },
          "started_on": { "$ref": "#/components/schemas/Date" }
        },
        "required": ["bio", "months_in_post", "name", "rank", "started_on"],
        "additionalProperties": false
      },
      "CategoryCount": {
        "type": "object",
        "properties": {
          "category": { "type": "string" },
          "count": { "type": "integer", "minimum": 1 }
        },
        "required": ["category", "count"],
        "additionalProperties": false
      },
      "Crimes": {
        "type": "object",
        "properties": {
          "categories": { "description": "The month's crimes by category, most first.", "type": "array", "items": { "$ref": "#/components/schemas/CategoryCount" } },
          "month": { "$ref": "#/components/schemas/Month" },
          "months": { "description": "Every month with crimes recorded, latest first.", "type": "array", "items": { "$ref": "#/components/schemas/Month" } },
          "places": {
            "description": "The crimes by the point police.uk maps them to.",
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "categories": { "type": "array", "minItems": 1, "items": { "$ref": "#/components/schemas/CategoryCount" } },
                "latitude": { "type": "number", "minimum": -90, "maximum": 90 },
                "location": { "type": "string" },
                "longitude": { "type": "number", "minimum": -180, "maximum": 180 },
                "total": { "type": "integer", "minimum": 1 }
              },
              "required": ["categories", "latitude", "location", "longitude", "total"],
              "additionalProperties": false
            }
          },
          "total": { "type": "integer", "minimum": 0 }
        },
        "required": ["categories", "month", "months", "places", "total"],
        "additionalProperties": false
      },
      "National": {
        "type": "object",
        "properties": {
          "forces": {
            "description": "Every force with calls in the period, by name.",
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "grade": { "$ref": "#/components/schemas/Grade" },
                "id": { "type": "string" },
                "name": { "type": "string" },
                "promises": {
                  "type": "array",
                  "minItems": 10,
                  "maxItems": 10,
                  "items": {
                    "type": "object",
                    "properties": {
                      "grade": { "$ref": "#/components/schemas/Grade" },
                      "promise": { "$ref": "#/components/schemas/PromiseNumber" }
                    },
                    "required": ["grade", "promise"],
                    "additionalProperties": false
                  }
                }
              },
              "required": ["grade", "id", "name", "promises"],
              "additionalProperties": false
            }
          },
          "funnels": { "type": "array", "items": { "$ref": "#/components/schemas/Funnel" } },
          "period": { "$ref": "#/components/schemas/PeriodLabel" }
        },
        "required": ["forces", "funnels", "period"],
        "additionalProperties": false
      },
      "Find": {
        "type": "object",
        "properties": {
          "match": {
            "description": "How the search matched: a full postcode, a postcode sector or district, a place or neighbourhood name, or the neighbourhood containing the point; null when nothing matched.",
            "type": ["string", "null"],
            "enum": ["postcode", "sector", "district", "name", "point", null]
          },
          "neighbourhoods": { "type": "array", "items": { "$ref": "#/components/schemas/NeighbourhoodSummary" } },
          "query": { "description": "The query in words: q as given, or lat, lng.", "type": "string" }
        },
        "required": ["match", "neighbourhoods", "query"],
        "additionalProperties": false
      }
    }
  }
}
"""#
}
