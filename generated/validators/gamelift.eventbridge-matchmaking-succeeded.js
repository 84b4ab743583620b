// Generated from schemas/gamelift/eventbridge-matchmaking-succeeded.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:gamelift.eventbridge-matchmaking-succeeded.standalone.js
var gamelift_eventbridge_matchmaking_succeeded_standalone_default = validate20;
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.version === void 0 && (missing0 = "version") || data.id === void 0 && (missing0 = "id") || data["detail-type"] === void 0 && (missing0 = "detail-type") || data.source === void 0 && (missing0 = "source") || data.account === void 0 && (missing0 = "account") || data.time === void 0 && (missing0 = "time") || data.region === void 0 && (missing0 = "region") || data.resources === void 0 && (missing0 = "resources") || data.detail === void 0 && (missing0 = "detail")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.version !== void 0) {
          const _errs1 = errors;
          if ("0" !== data.version) {
            validate21.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: "0" }, message: "must be equal to constant" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.id !== void 0) {
            const _errs2 = errors;
            if (typeof data.id !== "string") {
              validate21.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data["detail-type"] !== void 0) {
              const _errs4 = errors;
              if (typeof data["detail-type"] !== "string") {
                validate21.errors = [{ instancePath: instancePath + "/detail-type", schemaPath: "#/properties/detail-type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.source !== void 0) {
                const _errs6 = errors;
                if (typeof data.source !== "string") {
                  validate21.errors = [{ instancePath: instancePath + "/source", schemaPath: "#/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.account !== void 0) {
                  const _errs8 = errors;
                  if (typeof data.account !== "string") {
                    validate21.errors = [{ instancePath: instancePath + "/account", schemaPath: "#/$defs/AwsAccountId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs8 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.time !== void 0) {
                    const _errs11 = errors;
                    if (typeof data.time !== "string") {
                      validate21.errors = [{ instancePath: instancePath + "/time", schemaPath: "#/$defs/IsoTimestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid0 = _errs11 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.region !== void 0) {
                      const _errs14 = errors;
                      if (typeof data.region !== "string") {
                        validate21.errors = [{ instancePath: instancePath + "/region", schemaPath: "#/$defs/AwsRegion/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid0 = _errs14 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.resources !== void 0) {
                        let data7 = data.resources;
                        const _errs17 = errors;
                        if (errors === _errs17) {
                          if (Array.isArray(data7)) {
                            var valid4 = true;
                            const len0 = data7.length;
                            for (let i0 = 0; i0 < len0; i0++) {
                              const _errs19 = errors;
                              if (typeof data7[i0] !== "string") {
                                validate21.errors = [{ instancePath: instancePath + "/resources/" + i0, schemaPath: "#/properties/resources/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid4 = _errs19 === errors;
                              if (!valid4) {
                                break;
                              }
                            }
                          } else {
                            validate21.errors = [{ instancePath: instancePath + "/resources", schemaPath: "#/properties/resources/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                            return false;
                          }
                        }
                        var valid0 = _errs17 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.detail !== void 0) {
                          let data9 = data.detail;
                          const _errs21 = errors;
                          if (errors === _errs21) {
                            if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                            } else {
                              validate21.errors = [{ instancePath: instancePath + "/detail", schemaPath: "#/properties/detail/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                              return false;
                            }
                          }
                          var valid0 = _errs21 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data["replay-name"] !== void 0) {
                            const _errs24 = errors;
                            if (typeof data["replay-name"] !== "string") {
                              validate21.errors = [{ instancePath: instancePath + "/replay-name", schemaPath: "#/properties/replay-name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid0 = _errs24 === errors;
                          } else {
                            var valid0 = true;
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate21.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": { "version": true, "id": true, "detail-type": true, "source": true, "account": true, "time": true, "region": true, "resources": true, "detail": true, "replay-name": true }, "dynamicProps": false, "dynamicItems": false };
var schema37 = { "type": "object", "required": ["type", "tickets", "gameSessionInfo"], "properties": { "type": { "type": "string" }, "tickets": { "type": "array", "items": { "$ref": "#/$defs/GameLiftMatchmakingTicket" } }, "gameSessionInfo": { "$ref": "#/$defs/GameLiftMatchmakingGameSessionInfo" }, "matchId": { "type": "string" }, "estimatedWaitMillis": { "type": ["string", "number"] }, "acceptanceTimeout": { "type": "number" }, "acceptanceRequired": { "type": "boolean" }, "acceptance": { "type": "string" }, "ruleEvaluationMetrics": { "type": "array", "items": { "$ref": "#/$defs/GameLiftRuleEvaluationMetric" } }, "reason": { "type": "string" }, "message": { "type": "string" }, "customEventData": { "type": "string" } } };
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate25.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.ticketId === void 0 && (missing0 = "ticketId") || data.startTime === void 0 && (missing0 = "startTime") || data.players === void 0 && (missing0 = "players")) {
        validate25.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.ticketId !== void 0) {
          const _errs1 = errors;
          if (typeof data.ticketId !== "string") {
            validate25.errors = [{ instancePath: instancePath + "/ticketId", schemaPath: "#/properties/ticketId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.startTime !== void 0) {
            const _errs3 = errors;
            if (typeof data.startTime !== "string") {
              validate25.errors = [{ instancePath: instancePath + "/startTime", schemaPath: "#/properties/startTime/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.players !== void 0) {
              let data2 = data.players;
              const _errs5 = errors;
              if (errors === _errs5) {
                if (Array.isArray(data2)) {
                  var valid1 = true;
                  const len0 = data2.length;
                  for (let i0 = 0; i0 < len0; i0++) {
                    let data3 = data2[i0];
                    const _errs7 = errors;
                    const _errs8 = errors;
                    if (errors === _errs8) {
                      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                        let missing1;
                        if (data3.playerId === void 0 && (missing1 = "playerId")) {
                          validate25.errors = [{ instancePath: instancePath + "/players/" + i0, schemaPath: "#/$defs/GameLiftMatchmakingPlayer/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                          return false;
                        } else {
                          if (data3.playerId !== void 0) {
                            const _errs10 = errors;
                            if (typeof data3.playerId !== "string") {
                              validate25.errors = [{ instancePath: instancePath + "/players/" + i0 + "/playerId", schemaPath: "#/$defs/GameLiftMatchmakingPlayer/properties/playerId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid3 = _errs10 === errors;
                          } else {
                            var valid3 = true;
                          }
                          if (valid3) {
                            if (data3.team !== void 0) {
                              const _errs12 = errors;
                              if (typeof data3.team !== "string") {
                                validate25.errors = [{ instancePath: instancePath + "/players/" + i0 + "/team", schemaPath: "#/$defs/GameLiftMatchmakingPlayer/properties/team/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid3 = _errs12 === errors;
                            } else {
                              var valid3 = true;
                            }
                            if (valid3) {
                              if (data3.accepted !== void 0) {
                                const _errs14 = errors;
                                if (typeof data3.accepted !== "boolean") {
                                  validate25.errors = [{ instancePath: instancePath + "/players/" + i0 + "/accepted", schemaPath: "#/$defs/GameLiftMatchmakingPlayer/properties/accepted/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                  return false;
                                }
                                var valid3 = _errs14 === errors;
                              } else {
                                var valid3 = true;
                              }
                              if (valid3) {
                                if (data3.playerSessionId !== void 0) {
                                  const _errs16 = errors;
                                  if (typeof data3.playerSessionId !== "string") {
                                    validate25.errors = [{ instancePath: instancePath + "/players/" + i0 + "/playerSessionId", schemaPath: "#/$defs/GameLiftMatchmakingPlayer/properties/playerSessionId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                  var valid3 = _errs16 === errors;
                                } else {
                                  var valid3 = true;
                                }
                              }
                            }
                          }
                        }
                      } else {
                        validate25.errors = [{ instancePath: instancePath + "/players/" + i0, schemaPath: "#/$defs/GameLiftMatchmakingPlayer/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                        return false;
                      }
                    }
                    var valid1 = _errs7 === errors;
                    if (!valid1) {
                      break;
                    }
                  }
                } else {
                  validate25.errors = [{ instancePath: instancePath + "/players", schemaPath: "#/properties/players/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                  return false;
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    } else {
      validate25.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate25.errors = vErrors;
  return errors === 0;
}
validate25.evaluated = { "props": { "ticketId": true, "startTime": true, "players": true }, "dynamicProps": false, "dynamicItems": false };
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate27.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.players === void 0 && (missing0 = "players")) {
        validate27.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.players !== void 0) {
          let data0 = data.players;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (Array.isArray(data0)) {
              var valid1 = true;
              const len0 = data0.length;
              for (let i0 = 0; i0 < len0; i0++) {
                let data1 = data0[i0];
                const _errs3 = errors;
                const _errs4 = errors;
                if (errors === _errs4) {
                  if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                    let missing1;
                    if (data1.playerId === void 0 && (missing1 = "playerId")) {
                      validate27.errors = [{ instancePath: instancePath + "/players/" + i0, schemaPath: "#/$defs/GameLiftMatchmakingPlayer/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                      return false;
                    } else {
                      if (data1.playerId !== void 0) {
                        const _errs6 = errors;
                        if (typeof data1.playerId !== "string") {
                          validate27.errors = [{ instancePath: instancePath + "/players/" + i0 + "/playerId", schemaPath: "#/$defs/GameLiftMatchmakingPlayer/properties/playerId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid3 = _errs6 === errors;
                      } else {
                        var valid3 = true;
                      }
                      if (valid3) {
                        if (data1.team !== void 0) {
                          const _errs8 = errors;
                          if (typeof data1.team !== "string") {
                            validate27.errors = [{ instancePath: instancePath + "/players/" + i0 + "/team", schemaPath: "#/$defs/GameLiftMatchmakingPlayer/properties/team/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid3 = _errs8 === errors;
                        } else {
                          var valid3 = true;
                        }
                        if (valid3) {
                          if (data1.accepted !== void 0) {
                            const _errs10 = errors;
                            if (typeof data1.accepted !== "boolean") {
                              validate27.errors = [{ instancePath: instancePath + "/players/" + i0 + "/accepted", schemaPath: "#/$defs/GameLiftMatchmakingPlayer/properties/accepted/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                              return false;
                            }
                            var valid3 = _errs10 === errors;
                          } else {
                            var valid3 = true;
                          }
                          if (valid3) {
                            if (data1.playerSessionId !== void 0) {
                              const _errs12 = errors;
                              if (typeof data1.playerSessionId !== "string") {
                                validate27.errors = [{ instancePath: instancePath + "/players/" + i0 + "/playerSessionId", schemaPath: "#/$defs/GameLiftMatchmakingPlayer/properties/playerSessionId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid3 = _errs12 === errors;
                            } else {
                              var valid3 = true;
                            }
                          }
                        }
                      }
                    }
                  } else {
                    validate27.errors = [{ instancePath: instancePath + "/players/" + i0, schemaPath: "#/$defs/GameLiftMatchmakingPlayer/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                    return false;
                  }
                }
                var valid1 = _errs3 === errors;
                if (!valid1) {
                  break;
                }
              }
            } else {
              validate27.errors = [{ instancePath: instancePath + "/players", schemaPath: "#/properties/players/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.gameSessionArn !== void 0) {
            const _errs14 = errors;
            if (typeof data.gameSessionArn !== "string") {
              validate27.errors = [{ instancePath: instancePath + "/gameSessionArn", schemaPath: "#/properties/gameSessionArn/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs14 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.ipAddress !== void 0) {
              const _errs16 = errors;
              if (typeof data.ipAddress !== "string") {
                validate27.errors = [{ instancePath: instancePath + "/ipAddress", schemaPath: "#/properties/ipAddress/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs16 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.dnsName !== void 0) {
                const _errs18 = errors;
                if (typeof data.dnsName !== "string") {
                  validate27.errors = [{ instancePath: instancePath + "/dnsName", schemaPath: "#/properties/dnsName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs18 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.port !== void 0) {
                  let data9 = data.port;
                  const _errs20 = errors;
                  if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)) && isFinite(data9))) {
                    validate27.errors = [{ instancePath: instancePath + "/port", schemaPath: "#/properties/port/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                    return false;
                  }
                  var valid0 = _errs20 === errors;
                } else {
                  var valid0 = true;
                }
              }
            }
          }
        }
      }
    } else {
      validate27.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate27.errors = vErrors;
  return errors === 0;
}
validate27.evaluated = { "props": { "players": true, "gameSessionArn": true, "ipAddress": true, "dnsName": true, "port": true }, "dynamicProps": false, "dynamicItems": false };
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate24.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.type === void 0 && (missing0 = "type") || data.tickets === void 0 && (missing0 = "tickets") || data.gameSessionInfo === void 0 && (missing0 = "gameSessionInfo")) {
        validate24.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.type !== void 0) {
          const _errs1 = errors;
          if (typeof data.type !== "string") {
            validate24.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.tickets !== void 0) {
            let data1 = data.tickets;
            const _errs3 = errors;
            if (errors === _errs3) {
              if (Array.isArray(data1)) {
                var valid1 = true;
                const len0 = data1.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  const _errs5 = errors;
                  if (!validate25(data1[i0], { instancePath: instancePath + "/tickets/" + i0, parentData: data1, parentDataProperty: i0, rootData, dynamicAnchors })) {
                    vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
                    errors = vErrors.length;
                  }
                  var valid1 = _errs5 === errors;
                  if (!valid1) {
                    break;
                  }
                }
              } else {
                validate24.errors = [{ instancePath: instancePath + "/tickets", schemaPath: "#/properties/tickets/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                return false;
              }
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.gameSessionInfo !== void 0) {
              const _errs6 = errors;
              if (!validate27(data.gameSessionInfo, { instancePath: instancePath + "/gameSessionInfo", parentData: data, parentDataProperty: "gameSessionInfo", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs6 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.matchId !== void 0) {
                const _errs7 = errors;
                if (typeof data.matchId !== "string") {
                  validate24.errors = [{ instancePath: instancePath + "/matchId", schemaPath: "#/properties/matchId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.estimatedWaitMillis !== void 0) {
                  let data5 = data.estimatedWaitMillis;
                  const _errs9 = errors;
                  if (typeof data5 !== "string" && !(typeof data5 == "number" && isFinite(data5))) {
                    validate24.errors = [{ instancePath: instancePath + "/estimatedWaitMillis", schemaPath: "#/properties/estimatedWaitMillis/type", keyword: "type", params: { type: schema37.properties.estimatedWaitMillis.type }, message: "must be string,number" }];
                    return false;
                  }
                  var valid0 = _errs9 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.acceptanceTimeout !== void 0) {
                    let data6 = data.acceptanceTimeout;
                    const _errs11 = errors;
                    if (!(typeof data6 == "number" && isFinite(data6))) {
                      validate24.errors = [{ instancePath: instancePath + "/acceptanceTimeout", schemaPath: "#/properties/acceptanceTimeout/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                      return false;
                    }
                    var valid0 = _errs11 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.acceptanceRequired !== void 0) {
                      const _errs13 = errors;
                      if (typeof data.acceptanceRequired !== "boolean") {
                        validate24.errors = [{ instancePath: instancePath + "/acceptanceRequired", schemaPath: "#/properties/acceptanceRequired/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                        return false;
                      }
                      var valid0 = _errs13 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.acceptance !== void 0) {
                        const _errs15 = errors;
                        if (typeof data.acceptance !== "string") {
                          validate24.errors = [{ instancePath: instancePath + "/acceptance", schemaPath: "#/properties/acceptance/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid0 = _errs15 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.ruleEvaluationMetrics !== void 0) {
                          let data9 = data.ruleEvaluationMetrics;
                          const _errs17 = errors;
                          if (errors === _errs17) {
                            if (Array.isArray(data9)) {
                              var valid2 = true;
                              const len1 = data9.length;
                              for (let i1 = 0; i1 < len1; i1++) {
                                let data10 = data9[i1];
                                const _errs19 = errors;
                                const _errs20 = errors;
                                if (errors === _errs20) {
                                  if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                                    let missing1;
                                    if (data10.ruleName === void 0 && (missing1 = "ruleName") || data10.passedCount === void 0 && (missing1 = "passedCount") || data10.failedCount === void 0 && (missing1 = "failedCount")) {
                                      validate24.errors = [{ instancePath: instancePath + "/ruleEvaluationMetrics/" + i1, schemaPath: "#/$defs/GameLiftRuleEvaluationMetric/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                                      return false;
                                    } else {
                                      if (data10.ruleName !== void 0) {
                                        const _errs22 = errors;
                                        if (typeof data10.ruleName !== "string") {
                                          validate24.errors = [{ instancePath: instancePath + "/ruleEvaluationMetrics/" + i1 + "/ruleName", schemaPath: "#/$defs/GameLiftRuleEvaluationMetric/properties/ruleName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                        var valid4 = _errs22 === errors;
                                      } else {
                                        var valid4 = true;
                                      }
                                      if (valid4) {
                                        if (data10.passedCount !== void 0) {
                                          let data12 = data10.passedCount;
                                          const _errs24 = errors;
                                          if (!(typeof data12 == "number" && (!(data12 % 1) && !isNaN(data12)) && isFinite(data12))) {
                                            validate24.errors = [{ instancePath: instancePath + "/ruleEvaluationMetrics/" + i1 + "/passedCount", schemaPath: "#/$defs/GameLiftRuleEvaluationMetric/properties/passedCount/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                            return false;
                                          }
                                          var valid4 = _errs24 === errors;
                                        } else {
                                          var valid4 = true;
                                        }
                                        if (valid4) {
                                          if (data10.failedCount !== void 0) {
                                            let data13 = data10.failedCount;
                                            const _errs26 = errors;
                                            if (!(typeof data13 == "number" && (!(data13 % 1) && !isNaN(data13)) && isFinite(data13))) {
                                              validate24.errors = [{ instancePath: instancePath + "/ruleEvaluationMetrics/" + i1 + "/failedCount", schemaPath: "#/$defs/GameLiftRuleEvaluationMetric/properties/failedCount/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                              return false;
                                            }
                                            var valid4 = _errs26 === errors;
                                          } else {
                                            var valid4 = true;
                                          }
                                        }
                                      }
                                    }
                                  } else {
                                    validate24.errors = [{ instancePath: instancePath + "/ruleEvaluationMetrics/" + i1, schemaPath: "#/$defs/GameLiftRuleEvaluationMetric/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                    return false;
                                  }
                                }
                                var valid2 = _errs19 === errors;
                                if (!valid2) {
                                  break;
                                }
                              }
                            } else {
                              validate24.errors = [{ instancePath: instancePath + "/ruleEvaluationMetrics", schemaPath: "#/properties/ruleEvaluationMetrics/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                              return false;
                            }
                          }
                          var valid0 = _errs17 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.reason !== void 0) {
                            const _errs28 = errors;
                            if (typeof data.reason !== "string") {
                              validate24.errors = [{ instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid0 = _errs28 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.message !== void 0) {
                              const _errs30 = errors;
                              if (typeof data.message !== "string") {
                                validate24.errors = [{ instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid0 = _errs30 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.customEventData !== void 0) {
                                const _errs32 = errors;
                                if (typeof data.customEventData !== "string") {
                                  validate24.errors = [{ instancePath: instancePath + "/customEventData", schemaPath: "#/properties/customEventData/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                                var valid0 = _errs32 === errors;
                              } else {
                                var valid0 = true;
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate24.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate24.errors = vErrors;
  return errors === 0;
}
validate24.evaluated = { "props": { "type": true, "tickets": true, "gameSessionInfo": true, "matchId": true, "estimatedWaitMillis": true, "acceptanceTimeout": true, "acceptanceRequired": true, "acceptance": true, "ruleEvaluationMetrics": true, "reason": true, "message": true, "customEventData": true }, "dynamicProps": false, "dynamicItems": false };
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate23.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs0 = errors;
  if (!validate24(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
    errors = vErrors.length;
  }
  var valid0 = _errs0 === errors;
  if (valid0) {
    const _errs1 = errors;
    if (errors === _errs1) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (data.type === void 0 && (missing0 = "type") || data.matchId === void 0 && (missing0 = "matchId")) {
          validate23.errors = [{ instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
          return false;
        } else {
          if (data.type !== void 0) {
            const _errs3 = errors;
            if ("MatchmakingSucceeded" !== data.type) {
              validate23.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/allOf/1/properties/type/const", keyword: "const", params: { allowedValue: "MatchmakingSucceeded" }, message: "must be equal to constant" }];
              return false;
            }
            var valid1 = _errs3 === errors;
          } else {
            var valid1 = true;
          }
          if (valid1) {
            if (data.matchId !== void 0) {
              const _errs4 = errors;
              if (typeof data.matchId !== "string") {
                validate23.errors = [{ instancePath: instancePath + "/matchId", schemaPath: "#/allOf/1/properties/matchId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid1 = _errs4 === errors;
            } else {
              var valid1 = true;
            }
            if (valid1) {
              if (data.gameSessionInfo !== void 0) {
                let data2 = data.gameSessionInfo;
                const _errs6 = errors;
                if (errors === _errs6) {
                  if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                    let missing1;
                    if (data2.gameSessionArn === void 0 && (missing1 = "gameSessionArn") || data2.ipAddress === void 0 && (missing1 = "ipAddress") || data2.port === void 0 && (missing1 = "port")) {
                      validate23.errors = [{ instancePath: instancePath + "/gameSessionInfo", schemaPath: "#/allOf/1/properties/gameSessionInfo/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                      return false;
                    } else {
                      if (data2.gameSessionArn !== void 0) {
                        const _errs8 = errors;
                        if (typeof data2.gameSessionArn !== "string") {
                          validate23.errors = [{ instancePath: instancePath + "/gameSessionInfo/gameSessionArn", schemaPath: "#/allOf/1/properties/gameSessionInfo/properties/gameSessionArn/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid2 = _errs8 === errors;
                      } else {
                        var valid2 = true;
                      }
                      if (valid2) {
                        if (data2.ipAddress !== void 0) {
                          const _errs10 = errors;
                          if (typeof data2.ipAddress !== "string") {
                            validate23.errors = [{ instancePath: instancePath + "/gameSessionInfo/ipAddress", schemaPath: "#/allOf/1/properties/gameSessionInfo/properties/ipAddress/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid2 = _errs10 === errors;
                        } else {
                          var valid2 = true;
                        }
                        if (valid2) {
                          if (data2.port !== void 0) {
                            let data5 = data2.port;
                            const _errs12 = errors;
                            if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
                              validate23.errors = [{ instancePath: instancePath + "/gameSessionInfo/port", schemaPath: "#/allOf/1/properties/gameSessionInfo/properties/port/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                              return false;
                            }
                            var valid2 = _errs12 === errors;
                          } else {
                            var valid2 = true;
                          }
                        }
                      }
                    }
                  } else {
                    validate23.errors = [{ instancePath: instancePath + "/gameSessionInfo", schemaPath: "#/allOf/1/properties/gameSessionInfo/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                    return false;
                  }
                }
                var valid1 = _errs6 === errors;
              } else {
                var valid1 = true;
              }
            }
          }
        }
      } else {
        validate23.errors = [{ instancePath, schemaPath: "#/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
        return false;
      }
    }
    var valid0 = _errs1 === errors;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
validate23.evaluated = { "props": { "type": true, "matchId": true, "gameSessionInfo": true, "tickets": true, "estimatedWaitMillis": true, "acceptanceTimeout": true, "acceptanceRequired": true, "acceptance": true, "ruleEvaluationMetrics": true, "reason": true, "message": true, "customEventData": true }, "dynamicProps": false, "dynamicItems": false };
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs0 = errors;
  if (!validate21(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
    errors = vErrors.length;
  }
  var valid0 = _errs0 === errors;
  if (valid0) {
    const _errs1 = errors;
    if (errors === _errs1) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (data["detail-type"] === void 0 && (missing0 = "detail-type") || data.source === void 0 && (missing0 = "source") || data.detail === void 0 && (missing0 = "detail")) {
          validate20.errors = [{ instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
          return false;
        } else {
          if (data["detail-type"] !== void 0) {
            const _errs3 = errors;
            if ("GameLift Matchmaking Event" !== data["detail-type"]) {
              validate20.errors = [{ instancePath: instancePath + "/detail-type", schemaPath: "#/allOf/1/properties/detail-type/const", keyword: "const", params: { allowedValue: "GameLift Matchmaking Event" }, message: "must be equal to constant" }];
              return false;
            }
            var valid1 = _errs3 === errors;
          } else {
            var valid1 = true;
          }
          if (valid1) {
            if (data.source !== void 0) {
              const _errs4 = errors;
              if ("aws.gamelift" !== data.source) {
                validate20.errors = [{ instancePath: instancePath + "/source", schemaPath: "#/allOf/1/properties/source/const", keyword: "const", params: { allowedValue: "aws.gamelift" }, message: "must be equal to constant" }];
                return false;
              }
              var valid1 = _errs4 === errors;
            } else {
              var valid1 = true;
            }
            if (valid1) {
              if (data.detail !== void 0) {
                const _errs5 = errors;
                if (!validate23(data.detail, { instancePath: instancePath + "/detail", parentData: data, parentDataProperty: "detail", rootData, dynamicAnchors })) {
                  vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
                  errors = vErrors.length;
                }
                var valid1 = _errs5 === errors;
              } else {
                var valid1 = true;
              }
            }
          }
        }
      } else {
        validate20.errors = [{ instancePath, schemaPath: "#/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
        return false;
      }
    }
    var valid0 = _errs1 === errors;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": { "detail-type": true, "source": true, "detail": true, "version": true, "id": true, "account": true, "time": true, "region": true, "resources": true, "replay-name": true }, "dynamicProps": false, "dynamicItems": false };

// generator/runtime/pointer.ts
var unescapeToken = (s) => s.replace(/~1/g, "/").replace(/~0/g, "~");
var tokens = (pointer) => pointer.split("/").slice(1).map(unescapeToken);

// generator/runtime/standard.ts
function withStandardSchema(validate, id) {
  Object.defineProperty(validate, "id", { enumerable: false, value: id });
  Object.defineProperty(validate, "~standard", {
    enumerable: false,
    value: {
      version: 1,
      vendor: "lambda-event-registry",
      validate(value) {
        if (validate(value)) return { value };
        return {
          issues: (validate.errors ?? []).map((e) => ({
            message: `${e.instancePath || "/"} ${e.message ?? "is invalid"}`,
            path: tokens(e.instancePath)
          }))
        };
      }
    }
  });
  return validate;
}

// gamelift.eventbridge-matchmaking-succeeded.entry.ts
withStandardSchema(gamelift_eventbridge_matchmaking_succeeded_standalone_default, "gamelift.eventbridge-matchmaking-succeeded");
export {
  gamelift_eventbridge_matchmaking_succeeded_standalone_default as default,
  gamelift_eventbridge_matchmaking_succeeded_standalone_default as validate
};
