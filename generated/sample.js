// Generated from schemas/**/*.sample.hbs and generator/samples/ by `npm run generate`. Do not edit: change the schema and regenerate.
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __defNormalProp = (obj, key, value) => key in obj ? __defProp(obj, key, { enumerable: true, configurable: true, writable: true, value }) : obj[key] = value;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __publicField = (obj, key, value) => __defNormalProp(obj, typeof key !== "symbol" ? key + "" : key, value);

// node_modules/handlebars/dist/cjs/handlebars/utils.js
var require_utils = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/utils.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.extend = extend;
    exports.indexOf = indexOf;
    exports.escapeExpression = escapeExpression;
    exports.isEmpty = isEmpty;
    exports.createFrame = createFrame;
    exports.blockParams = blockParams;
    exports.appendContextPath = appendContextPath;
    var escape = {
      "&": "&amp;",
      "<": "&lt;",
      ">": "&gt;",
      '"': "&quot;",
      "'": "&#x27;",
      "`": "&#x60;",
      "=": "&#x3D;"
    };
    var badChars = /[&<>"'`=]/g;
    var possible = /[&<>"'`=]/;
    function escapeChar(chr) {
      return escape[chr];
    }
    function extend(obj) {
      for (var i = 1; i < arguments.length; i++) {
        for (var key in arguments[i]) {
          if (Object.prototype.hasOwnProperty.call(arguments[i], key)) {
            obj[key] = arguments[i][key];
          }
        }
      }
      return obj;
    }
    var toString = Object.prototype.toString;
    exports.toString = toString;
    var isFunction = function isFunction2(value) {
      return typeof value === "function";
    };
    if (isFunction(/x/)) {
      exports.isFunction = isFunction = function(value) {
        return typeof value === "function" && toString.call(value) === "[object Function]";
      };
    }
    exports.isFunction = isFunction;
    var isArray = Array.isArray || function(value) {
      return value && typeof value === "object" ? toString.call(value) === "[object Array]" : false;
    };
    exports.isArray = isArray;
    function indexOf(array, value) {
      for (var i = 0, len = array.length; i < len; i++) {
        if (array[i] === value) {
          return i;
        }
      }
      return -1;
    }
    function escapeExpression(string) {
      if (typeof string !== "string") {
        if (string && typeof string.toHTML === "function") {
          return string.toHTML();
        } else if (string == null) {
          return "";
        } else if (!string) {
          return string + "";
        }
        string = "" + string;
      }
      if (!possible.test(string)) {
        return string;
      }
      return string.replace(badChars, escapeChar);
    }
    function isEmpty(value) {
      if (!value && value !== 0) {
        return true;
      } else if (isArray(value) && value.length === 0) {
        return true;
      } else {
        return false;
      }
    }
    function createFrame(object) {
      var frame = extend({}, object);
      frame._parent = object;
      return frame;
    }
    function blockParams(params, ids) {
      params.path = ids;
      return params;
    }
    function appendContextPath(contextPath, id) {
      return (contextPath ? contextPath + "." : "") + id;
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/exception.js
var require_exception = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/exception.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var errorProps = ["description", "fileName", "lineNumber", "endLineNumber", "message", "name", "number", "stack"];
    function Exception(message, node) {
      var loc = node && node.loc, line = void 0, endLineNumber = void 0, column = void 0, endColumn = void 0;
      if (loc && loc.start) {
        line = loc.start.line;
        column = loc.start.column;
        if (loc.end) {
          endLineNumber = loc.end.line;
          endColumn = loc.end.column;
        }
        message += " - " + line + ":" + column;
      }
      var tmp = Error.prototype.constructor.call(this, message);
      for (var idx = 0; idx < errorProps.length; idx++) {
        this[errorProps[idx]] = tmp[errorProps[idx]];
      }
      if (Error.captureStackTrace) {
        Error.captureStackTrace(this, Exception);
      }
      try {
        if (loc) {
          this.lineNumber = line;
          this.endLineNumber = endLineNumber;
          if (Object.defineProperty) {
            Object.defineProperty(this, "column", {
              value: column,
              enumerable: true
            });
            Object.defineProperty(this, "endColumn", {
              value: endColumn,
              enumerable: true
            });
          } else {
            this.column = column;
            this.endColumn = endColumn;
          }
        }
      } catch (nop) {
      }
    }
    Exception.prototype = new Error();
    exports["default"] = Exception;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/block-helper-missing.js
var require_block_helper_missing = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/block-helper-missing.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var _utils = require_utils();
    exports["default"] = function(instance) {
      instance.registerHelper("blockHelperMissing", function(context, options) {
        var inverse = options.inverse, fn = options.fn;
        if (context === true) {
          return fn(this);
        } else if (context === false || context == null) {
          return inverse(this);
        } else if (_utils.isArray(context)) {
          if (context.length > 0) {
            if (options.ids) {
              options.ids = [options.name];
            }
            return instance.helpers.each(context, options);
          } else {
            return inverse(this);
          }
        } else {
          if (options.data && options.ids) {
            var data = _utils.createFrame(options.data);
            data.contextPath = _utils.appendContextPath(options.data.contextPath, options.name);
            options = { data };
          }
          return fn(context, options);
        }
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/each.js
var require_each = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/each.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    function closeIterator(iterator) {
      try {
        var _close = iterator["return"];
        if (_utils.isFunction(_close)) {
          _close.call(iterator);
        }
      } catch (closeError) {
      }
    }
    exports["default"] = function(instance) {
      instance.registerHelper("each", function(context, options) {
        if (!options) {
          throw new _exception2["default"]("Must pass iterator to #each");
        }
        var fn = options.fn, inverse = options.inverse, i = 0, ret = "", data = void 0, contextPath = void 0;
        if (options.data && options.ids) {
          contextPath = _utils.appendContextPath(options.data.contextPath, options.ids[0]) + ".";
        }
        if (_utils.isFunction(context)) {
          context = context.call(this);
        }
        if (options.data) {
          data = _utils.createFrame(options.data);
        }
        function execIteration(field, index, last, value) {
          if (data) {
            data.key = field;
            data.index = index;
            data.first = index === 0;
            data.last = !!last;
            if (contextPath) {
              data.contextPath = contextPath + field;
            }
          }
          ret = ret + fn(value, {
            data,
            blockParams: _utils.blockParams([value, field], [contextPath + field, null])
          });
        }
        if (context && typeof context === "object") {
          if (_utils.isArray(context)) {
            for (var j = context.length; i < j; i++) {
              if (i in context) {
                execIteration(i, i, i === context.length - 1, context[i]);
              }
            }
          } else if (typeof Symbol === "function" && context[Symbol.iterator]) {
            var iterator = context[Symbol.iterator]();
            var current = iterator.next();
            while (!current.done) {
              var next = iterator.next();
              try {
                execIteration(i, i, next.done, current.value);
              } catch (e) {
                if (!next.done) {
                  closeIterator(iterator);
                }
                throw e;
              }
              current = next;
              i++;
            }
          } else {
            (function() {
              var priorKey = void 0;
              Object.keys(context).forEach(function(key) {
                if (priorKey !== void 0) {
                  execIteration(priorKey, i - 1, false, context[priorKey]);
                }
                priorKey = key;
                i++;
              });
              if (priorKey !== void 0) {
                execIteration(priorKey, i - 1, true, context[priorKey]);
              }
            })();
          }
        }
        if (i === 0) {
          ret = inverse(this);
        }
        return ret;
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/helper-missing.js
var require_helper_missing = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/helper-missing.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    exports["default"] = function(instance) {
      instance.registerHelper("helperMissing", function() {
        if (arguments.length === 1) {
          return void 0;
        } else {
          throw new _exception2["default"]('Missing helper: "' + arguments[arguments.length - 1].name + '"');
        }
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/if.js
var require_if = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/if.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    exports["default"] = function(instance) {
      instance.registerHelper("if", function(conditional, options) {
        if (arguments.length != 2) {
          throw new _exception2["default"]("#if requires exactly one argument");
        }
        if (_utils.isFunction(conditional)) {
          conditional = conditional.call(this);
        }
        if (!options.hash.includeZero && !conditional || _utils.isEmpty(conditional)) {
          return options.inverse(this);
        } else {
          return options.fn(this);
        }
      });
      instance.registerHelper("unless", function(conditional, options) {
        if (arguments.length != 2) {
          throw new _exception2["default"]("#unless requires exactly one argument");
        }
        return instance.helpers["if"].call(this, conditional, {
          fn: options.inverse,
          inverse: options.fn,
          hash: options.hash
        });
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/log.js
var require_log = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/log.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    exports["default"] = function(instance) {
      instance.registerHelper("log", function() {
        var args2 = [void 0], options = arguments[arguments.length - 1];
        for (var i = 0; i < arguments.length - 1; i++) {
          args2.push(arguments[i]);
        }
        var level = 1;
        if (options.hash.level != null) {
          level = options.hash.level;
        } else if (options.data && options.data.level != null) {
          level = options.data.level;
        }
        args2[0] = level;
        instance.log.apply(instance, args2);
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/lookup.js
var require_lookup = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/lookup.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    exports["default"] = function(instance) {
      instance.registerHelper("lookup", function(obj, field, options) {
        if (!obj) {
          return obj;
        }
        return options.lookupProperty(obj, field);
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/with.js
var require_with = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/with.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    exports["default"] = function(instance) {
      instance.registerHelper("with", function(context, options) {
        if (arguments.length != 2) {
          throw new _exception2["default"]("#with requires exactly one argument");
        }
        if (_utils.isFunction(context)) {
          context = context.call(this);
        }
        var fn = options.fn;
        if (!_utils.isEmpty(context)) {
          var data = options.data;
          if (options.data && options.ids) {
            data = _utils.createFrame(options.data);
            data.contextPath = _utils.appendContextPath(options.data.contextPath, options.ids[0]);
          }
          return fn(context, {
            data,
            blockParams: _utils.blockParams([context], [data && data.contextPath])
          });
        } else {
          return options.inverse(this);
        }
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers.js
var require_helpers = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.registerDefaultHelpers = registerDefaultHelpers;
    exports.moveHelperToHooks = moveHelperToHooks;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _helpersBlockHelperMissing = require_block_helper_missing();
    var _helpersBlockHelperMissing2 = _interopRequireDefault(_helpersBlockHelperMissing);
    var _helpersEach = require_each();
    var _helpersEach2 = _interopRequireDefault(_helpersEach);
    var _helpersHelperMissing = require_helper_missing();
    var _helpersHelperMissing2 = _interopRequireDefault(_helpersHelperMissing);
    var _helpersIf = require_if();
    var _helpersIf2 = _interopRequireDefault(_helpersIf);
    var _helpersLog = require_log();
    var _helpersLog2 = _interopRequireDefault(_helpersLog);
    var _helpersLookup = require_lookup();
    var _helpersLookup2 = _interopRequireDefault(_helpersLookup);
    var _helpersWith = require_with();
    var _helpersWith2 = _interopRequireDefault(_helpersWith);
    function registerDefaultHelpers(instance) {
      _helpersBlockHelperMissing2["default"](instance);
      _helpersEach2["default"](instance);
      _helpersHelperMissing2["default"](instance);
      _helpersIf2["default"](instance);
      _helpersLog2["default"](instance);
      _helpersLookup2["default"](instance);
      _helpersWith2["default"](instance);
    }
    function moveHelperToHooks(instance, helperName, keepHelper) {
      if (instance.helpers[helperName]) {
        instance.hooks[helperName] = instance.helpers[helperName];
        if (!keepHelper) {
          instance.helpers[helperName] = void 0;
        }
      }
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/decorators/inline.js
var require_inline = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/decorators/inline.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var _utils = require_utils();
    exports["default"] = function(instance) {
      instance.registerDecorator("inline", function(fn, props, container, options) {
        var ret = fn;
        if (!props.partials) {
          props.partials = {};
          ret = function(context, options2) {
            var original = container.partials;
            container.partials = _utils.extend({}, original, props.partials);
            var ret2 = fn(context, options2);
            container.partials = original;
            return ret2;
          };
        }
        props.partials[options.args[0]] = options.fn;
        return ret;
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/decorators.js
var require_decorators = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/decorators.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.registerDefaultDecorators = registerDefaultDecorators;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _decoratorsInline = require_inline();
    var _decoratorsInline2 = _interopRequireDefault(_decoratorsInline);
    function registerDefaultDecorators(instance) {
      _decoratorsInline2["default"](instance);
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/logger.js
var require_logger = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/logger.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var _utils = require_utils();
    var logger = {
      methodMap: ["debug", "info", "warn", "error"],
      level: "info",
      // Maps a given level value to the `methodMap` indexes above.
      lookupLevel: function lookupLevel(level) {
        if (typeof level === "string") {
          var levelMap = _utils.indexOf(logger.methodMap, level.toLowerCase());
          if (levelMap >= 0) {
            level = levelMap;
          } else {
            level = parseInt(level, 10);
          }
        }
        return level;
      },
      // Can be overridden in the host environment
      log: function log(level) {
        level = logger.lookupLevel(level);
        if (typeof console !== "undefined" && logger.lookupLevel(logger.level) <= level) {
          var method = logger.methodMap[level];
          if (!console[method]) {
            method = "log";
          }
          for (var _len = arguments.length, message = Array(_len > 1 ? _len - 1 : 0), _key = 1; _key < _len; _key++) {
            message[_key - 1] = arguments[_key];
          }
          console[method].apply(console, message);
        }
      }
    };
    exports["default"] = logger;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/internal/proto-access.js
var require_proto_access = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/internal/proto-access.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.createProtoAccessControl = createProtoAccessControl;
    exports.resultIsAllowed = resultIsAllowed;
    exports.isPrototypeConstructor = isPrototypeConstructor;
    exports.resetLoggedProperties = resetLoggedProperties;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _logger = require_logger();
    var _logger2 = _interopRequireDefault(_logger);
    var loggedProperties = /* @__PURE__ */ Object.create(null);
    function createProtoAccessControl(runtimeOptions) {
      var propertyWhiteList = /* @__PURE__ */ Object.create(null);
      propertyWhiteList["__proto__"] = false;
      _utils.extend(propertyWhiteList, runtimeOptions.allowedProtoProperties);
      var methodWhiteList = /* @__PURE__ */ Object.create(null);
      methodWhiteList["constructor"] = false;
      methodWhiteList["__defineGetter__"] = false;
      methodWhiteList["__defineSetter__"] = false;
      methodWhiteList["__lookupGetter__"] = false;
      methodWhiteList["__lookupSetter__"] = false;
      _utils.extend(methodWhiteList, runtimeOptions.allowedProtoMethods);
      return {
        properties: {
          whitelist: propertyWhiteList,
          defaultValue: runtimeOptions.allowProtoPropertiesByDefault
        },
        methods: {
          whitelist: methodWhiteList,
          defaultValue: runtimeOptions.allowProtoMethodsByDefault
        }
      };
    }
    function resultIsAllowed(result, protoAccessControl, propertyName) {
      if (typeof result === "function") {
        return checkWhiteList(protoAccessControl.methods, propertyName);
      } else {
        return checkWhiteList(protoAccessControl.properties, propertyName);
      }
    }
    function isPrototypeConstructor(parent, propertyName, result) {
      return propertyName === "constructor" && typeof result === "function" && parent === result.prototype;
    }
    function checkWhiteList(protoAccessControlForType, propertyName) {
      if (protoAccessControlForType.whitelist[propertyName] !== void 0) {
        return protoAccessControlForType.whitelist[propertyName] === true;
      }
      if (protoAccessControlForType.defaultValue !== void 0) {
        return protoAccessControlForType.defaultValue;
      }
      logUnexpecedPropertyAccessOnce(propertyName);
      return false;
    }
    function logUnexpecedPropertyAccessOnce(propertyName) {
      if (loggedProperties[propertyName] !== true) {
        loggedProperties[propertyName] = true;
        _logger2["default"].log("error", 'Handlebars: Access has been denied to resolve the property "' + propertyName + '" because it is not an "own property" of its parent.\nYou can add a runtime option to disable the check or this warning:\nSee https://handlebarsjs.com/api-reference/runtime-options.html#options-to-control-prototype-access for details');
      }
    }
    function resetLoggedProperties() {
      Object.keys(loggedProperties).forEach(function(propertyName) {
        delete loggedProperties[propertyName];
      });
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/base.js
var require_base = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/base.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.HandlebarsEnvironment = HandlebarsEnvironment;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    var _helpers = require_helpers();
    var _decorators = require_decorators();
    var _logger = require_logger();
    var _logger2 = _interopRequireDefault(_logger);
    var _internalProtoAccess = require_proto_access();
    var VERSION = "4.7.10";
    exports.VERSION = VERSION;
    var COMPILER_REVISION = 8;
    exports.COMPILER_REVISION = COMPILER_REVISION;
    var LAST_COMPATIBLE_COMPILER_REVISION = 7;
    exports.LAST_COMPATIBLE_COMPILER_REVISION = LAST_COMPATIBLE_COMPILER_REVISION;
    var REVISION_CHANGES = {
      1: "<= 1.0.rc.2",
      // 1.0.rc.2 is actually rev2 but doesn't report it
      2: "== 1.0.0-rc.3",
      3: "== 1.0.0-rc.4",
      4: "== 1.x.x",
      5: "== 2.0.0-alpha.x",
      6: ">= 2.0.0-beta.1",
      7: ">= 4.0.0 <4.3.0",
      8: ">= 4.3.0"
    };
    exports.REVISION_CHANGES = REVISION_CHANGES;
    var objectType = "[object Object]";
    function HandlebarsEnvironment(helpers2, partials, decorators) {
      this.helpers = helpers2 || {};
      this.partials = partials || {};
      this.decorators = decorators || {};
      _helpers.registerDefaultHelpers(this);
      _decorators.registerDefaultDecorators(this);
    }
    HandlebarsEnvironment.prototype = {
      constructor: HandlebarsEnvironment,
      logger: _logger2["default"],
      log: _logger2["default"].log,
      registerHelper: function registerHelper(name, fn) {
        if (_utils.toString.call(name) === objectType) {
          if (fn) {
            throw new _exception2["default"]("Arg not supported with multiple helpers");
          }
          _utils.extend(this.helpers, name);
        } else {
          this.helpers[name] = fn;
        }
      },
      unregisterHelper: function unregisterHelper(name) {
        delete this.helpers[name];
      },
      registerPartial: function registerPartial(name, partial) {
        if (_utils.toString.call(name) === objectType) {
          _utils.extend(this.partials, name);
        } else {
          if (typeof partial === "undefined") {
            throw new _exception2["default"]('Attempting to register a partial called "' + name + '" as undefined');
          }
          this.partials[name] = partial;
        }
      },
      unregisterPartial: function unregisterPartial(name) {
        delete this.partials[name];
      },
      registerDecorator: function registerDecorator(name, fn) {
        if (_utils.toString.call(name) === objectType) {
          if (fn) {
            throw new _exception2["default"]("Arg not supported with multiple decorators");
          }
          _utils.extend(this.decorators, name);
        } else {
          this.decorators[name] = fn;
        }
      },
      unregisterDecorator: function unregisterDecorator(name) {
        delete this.decorators[name];
      },
      /**
       * Reset the memory of illegal property accesses that have already been logged.
       * @deprecated should only be used in handlebars test-cases
       */
      resetLoggedPropertyAccesses: function resetLoggedPropertyAccesses() {
        _internalProtoAccess.resetLoggedProperties();
      }
    };
    var log = _logger2["default"].log;
    exports.log = log;
    exports.createFrame = _utils.createFrame;
    exports.logger = _logger2["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/safe-string.js
var require_safe_string = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/safe-string.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function SafeString(string) {
      this.string = string;
    }
    SafeString.prototype.toString = SafeString.prototype.toHTML = function() {
      return "" + this.string;
    };
    exports["default"] = SafeString;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/internal/wrapHelper.js
var require_wrapHelper = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/internal/wrapHelper.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.wrapHelper = wrapHelper;
    function wrapHelper(helper, transformOptionsFn) {
      if (typeof helper !== "function") {
        return helper;
      }
      var wrapper = function wrapper2() {
        var options = arguments[arguments.length - 1];
        arguments[arguments.length - 1] = transformOptionsFn(options);
        return helper.apply(this, arguments);
      };
      return wrapper;
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/runtime.js
var require_runtime = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/runtime.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.checkRevision = checkRevision;
    exports.template = template;
    exports.wrapProgram = wrapProgram;
    exports.resolvePartial = resolvePartial;
    exports.invokePartial = invokePartial;
    exports.noop = noop;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    function _interopRequireWildcard(obj) {
      if (obj && obj.__esModule) {
        return obj;
      } else {
        var newObj = {};
        if (obj != null) {
          for (var key in obj) {
            if (Object.prototype.hasOwnProperty.call(obj, key)) newObj[key] = obj[key];
          }
        }
        newObj["default"] = obj;
        return newObj;
      }
    }
    var _utils = require_utils();
    var Utils = _interopRequireWildcard(_utils);
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    var _base = require_base();
    var _helpers = require_helpers();
    var _internalWrapHelper = require_wrapHelper();
    var _internalProtoAccess = require_proto_access();
    function checkRevision(compilerInfo) {
      var compilerRevision = compilerInfo && compilerInfo[0] || 1, currentRevision = _base.COMPILER_REVISION;
      if (compilerRevision >= _base.LAST_COMPATIBLE_COMPILER_REVISION && compilerRevision <= _base.COMPILER_REVISION) {
        return;
      }
      if (compilerRevision < _base.LAST_COMPATIBLE_COMPILER_REVISION) {
        var runtimeVersions = _base.REVISION_CHANGES[currentRevision], compilerVersions = _base.REVISION_CHANGES[compilerRevision];
        throw new _exception2["default"]("Template was precompiled with an older version of Handlebars than the current runtime. Please update your precompiler to a newer version (" + runtimeVersions + ") or downgrade your runtime to an older version (" + compilerVersions + ").");
      } else {
        throw new _exception2["default"]("Template was precompiled with a newer version of Handlebars than the current runtime. Please update your runtime to a newer version (" + compilerInfo[1] + ").");
      }
    }
    function template(templateSpec, env) {
      if (!env) {
        throw new _exception2["default"]("No environment passed to template");
      }
      if (!templateSpec || !templateSpec.main) {
        throw new _exception2["default"]("Unknown template object: " + typeof templateSpec);
      }
      templateSpec.main.decorator = templateSpec.main_d;
      env.VM.checkRevision(templateSpec.compiler);
      var templateWasPrecompiledWithCompilerV7 = templateSpec.compiler && templateSpec.compiler[0] === 7;
      function invokePartialWrapper(partial, context, options) {
        if (options.hash) {
          context = Utils.extend({}, context, options.hash);
          if (options.ids) {
            options.ids[0] = true;
          }
        }
        partial = env.VM.resolvePartial.call(this, partial, context, options);
        options.hooks = this.hooks;
        options.protoAccessControl = this.protoAccessControl;
        var result = env.VM.invokePartial.call(this, partial, context, options);
        if (result == null && Utils.isFunction(partial)) {
          throw new _exception2["default"]("The partial " + options.name + " returned no output: partials must return a string");
        }
        if (result == null && env.compile) {
          if (typeof partial !== "string") {
            throw new _exception2["default"]("The partial " + options.name + " could not be compiled: partials must be strings or functions returning strings");
          }
          options.partials[options.name] = env.compile(partial, templateSpec.compilerOptions, env);
          result = options.partials[options.name](context, options);
        }
        if (result != null) {
          if (options.indent) {
            var lines = result.split("\n");
            for (var i = 0, l = lines.length; i < l; i++) {
              if (!lines[i] && i + 1 === l) {
                break;
              }
              lines[i] = options.indent + lines[i];
            }
            result = lines.join("\n");
          }
          return result;
        } else {
          throw new _exception2["default"]("The partial " + options.name + " could not be compiled when running in runtime-only mode");
        }
      }
      var container = {
        strict: function strict(obj, name, loc) {
          if (!obj || !(name in obj)) {
            throw new _exception2["default"]('"' + name + '" not defined in ' + obj, {
              loc
            });
          }
          return container.lookupProperty(obj, name);
        },
        lookupProperty: function lookupProperty(parent, propertyName) {
          var result = parent[propertyName];
          if (result == null) {
            return result;
          }
          if (Object.prototype.hasOwnProperty.call(parent, propertyName) && !_internalProtoAccess.isPrototypeConstructor(parent, propertyName, result)) {
            return result;
          }
          if (_internalProtoAccess.resultIsAllowed(result, container.protoAccessControl, propertyName)) {
            return result;
          }
          return void 0;
        },
        lookup: function lookup(depths, name) {
          var len = depths.length;
          for (var i = 0; i < len; i++) {
            var result = depths[i] && container.lookupProperty(depths[i], name);
            if (result != null) {
              return result;
            }
          }
        },
        lambda: function lambda(current, context) {
          return typeof current === "function" ? current.call(context) : current;
        },
        escapeExpression: Utils.escapeExpression,
        invokePartial: invokePartialWrapper,
        fn: function fn(i) {
          var ret2 = templateSpec[i];
          ret2.decorator = templateSpec[i + "_d"];
          return ret2;
        },
        programs: [],
        program: function program(i, data, declaredBlockParams, blockParams, depths) {
          var programWrapper = this.programs[i], fn = this.fn(i);
          if (data || depths || blockParams || declaredBlockParams) {
            programWrapper = wrapProgram(this, i, fn, data, declaredBlockParams, blockParams, depths);
          } else if (!programWrapper) {
            programWrapper = this.programs[i] = wrapProgram(this, i, fn);
          }
          return programWrapper;
        },
        data: function data(value, depth) {
          while (value && depth--) {
            value = value._parent;
          }
          return value;
        },
        mergeIfNeeded: function mergeIfNeeded(param, common) {
          var obj = param || common;
          if (param && common && param !== common) {
            obj = Utils.extend({}, common, param);
          }
          return obj;
        },
        // An empty object to use as replacement for null-contexts
        nullContext: Object.seal({}),
        noop: env.VM.noop,
        compilerInfo: templateSpec.compiler
      };
      function ret(context) {
        var options = arguments.length <= 1 || arguments[1] === void 0 ? {} : arguments[1];
        var data = options.data;
        ret._setup(options);
        if (!options.partial && templateSpec.useData) {
          data = initData(context, data);
        }
        var depths = void 0, blockParams = templateSpec.useBlockParams ? [] : void 0;
        if (templateSpec.useDepths) {
          if (options.depths) {
            depths = context != options.depths[0] ? [context].concat(options.depths) : options.depths;
          } else {
            depths = [context];
          }
        }
        function main(context2) {
          return "" + templateSpec.main(container, context2, container.helpers, container.partials, data, blockParams, depths);
        }
        main = executeDecorators(templateSpec.main, main, container, options.depths || [], data, blockParams);
        return main(context, options);
      }
      ret.isTop = true;
      ret._setup = function(options) {
        if (!options.partial) {
          var mergedHelpers = {};
          addHelpers(mergedHelpers, env.helpers, container);
          addHelpers(mergedHelpers, options.helpers, container);
          container.helpers = mergedHelpers;
          if (templateSpec.usePartial) {
            container.partials = container.mergeIfNeeded(options.partials, env.partials);
          }
          if (templateSpec.usePartial || templateSpec.useDecorators) {
            container.decorators = Utils.extend({}, env.decorators, options.decorators);
          }
          container.hooks = {};
          container.protoAccessControl = _internalProtoAccess.createProtoAccessControl(options);
          var keepHelperInHelpers = options.allowCallsToHelperMissing || templateWasPrecompiledWithCompilerV7;
          _helpers.moveHelperToHooks(container, "helperMissing", keepHelperInHelpers);
          _helpers.moveHelperToHooks(container, "blockHelperMissing", keepHelperInHelpers);
        } else {
          container.protoAccessControl = options.protoAccessControl;
          container.helpers = options.helpers;
          container.partials = options.partials;
          container.decorators = options.decorators;
          container.hooks = options.hooks;
        }
      };
      ret._child = function(i, data, blockParams, depths) {
        if (templateSpec.useBlockParams && !blockParams) {
          throw new _exception2["default"]("must pass block params");
        }
        if (templateSpec.useDepths && !depths) {
          throw new _exception2["default"]("must pass parent depths");
        }
        return wrapProgram(container, i, templateSpec[i], data, 0, blockParams, depths);
      };
      return ret;
    }
    function wrapProgram(container, i, fn, data, declaredBlockParams, blockParams, depths) {
      function prog(context) {
        var options = arguments.length <= 1 || arguments[1] === void 0 ? {} : arguments[1];
        var currentDepths = depths;
        if (depths && context != depths[0] && !(context === container.nullContext && depths[0] === null)) {
          currentDepths = [context].concat(depths);
        }
        return fn(container, context, container.helpers, container.partials, options.data || data, blockParams && [options.blockParams].concat(blockParams), currentDepths);
      }
      prog = executeDecorators(fn, prog, container, depths, data, blockParams);
      prog.program = i;
      prog.depth = depths ? depths.length : 0;
      prog.blockParams = declaredBlockParams || 0;
      return prog;
    }
    function resolvePartial(partial, context, options) {
      if (!partial) {
        if (options.name === "@partial-block") {
          partial = lookupOwnProperty(options.data, "partial-block");
        } else {
          partial = lookupOwnProperty(options.partials, options.name);
        }
      } else if (typeof partial !== "function" && !options.name) {
        options.name = partial;
        partial = lookupOwnProperty(options.partials, partial);
      }
      return partial;
    }
    function invokePartial(partial, context, options) {
      var currentPartialBlock = lookupOwnProperty(options.data, "partial-block");
      options.partial = true;
      if (options.ids) {
        options.data.contextPath = options.ids[0] || options.data.contextPath;
      }
      var partialBlock = void 0;
      if (options.fn && options.fn !== noop) {
        (function() {
          options.data = _base.createFrame(options.data);
          var fn = options.fn;
          partialBlock = options.data["partial-block"] = function partialBlockWrapper(context2) {
            var options2 = arguments.length <= 1 || arguments[1] === void 0 ? {} : arguments[1];
            options2.data = _base.createFrame(options2.data);
            options2.data["partial-block"] = currentPartialBlock;
            return fn(context2, options2);
          };
          if (fn.partials) {
            options.partials = Utils.extend({}, options.partials, fn.partials);
          }
        })();
      }
      if (partial === void 0 && partialBlock) {
        partial = partialBlock;
      }
      if (partial === void 0) {
        throw new _exception2["default"]("The partial " + options.name + " could not be found");
      } else if (partial instanceof Function) {
        return partial(context, options);
      }
    }
    function noop() {
      return "";
    }
    function lookupOwnProperty(obj, name) {
      if (obj && Object.prototype.hasOwnProperty.call(obj, name)) {
        return obj[name];
      }
    }
    function initData(context, data) {
      if (!data || !("root" in data)) {
        data = data ? _base.createFrame(data) : {};
        data.root = context;
      }
      return data;
    }
    function executeDecorators(fn, prog, container, depths, data, blockParams) {
      if (fn.decorator) {
        var props = {};
        prog = fn.decorator(prog, props, container, depths && depths[0], data, blockParams, depths);
        Utils.extend(prog, props);
      }
      return prog;
    }
    function addHelpers(mergedHelpers, helpers2, container) {
      if (!helpers2) return;
      Object.keys(helpers2).forEach(function(helperName) {
        var helper = helpers2[helperName];
        mergedHelpers[helperName] = passLookupPropertyOption(helper, container);
      });
    }
    function passLookupPropertyOption(helper, container) {
      var lookupProperty = container.lookupProperty;
      return _internalWrapHelper.wrapHelper(helper, function(options) {
        options.lookupProperty = lookupProperty;
        return options;
      });
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/no-conflict.js
var require_no_conflict = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/no-conflict.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    exports["default"] = function(Handlebars2) {
      (function() {
        if (typeof globalThis === "object") return;
        Object.prototype.__defineGetter__("__magic__", function() {
          return this;
        });
        __magic__.globalThis = __magic__;
        delete Object.prototype.__magic__;
      })();
      var $Handlebars = globalThis.Handlebars;
      Handlebars2.noConflict = function() {
        if (globalThis.Handlebars === Handlebars2) {
          globalThis.Handlebars = $Handlebars;
        }
        return Handlebars2;
      };
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars.runtime.js
var require_handlebars_runtime = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars.runtime.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    function _interopRequireWildcard(obj) {
      if (obj && obj.__esModule) {
        return obj;
      } else {
        var newObj = {};
        if (obj != null) {
          for (var key in obj) {
            if (Object.prototype.hasOwnProperty.call(obj, key)) newObj[key] = obj[key];
          }
        }
        newObj["default"] = obj;
        return newObj;
      }
    }
    var _handlebarsBase = require_base();
    var base = _interopRequireWildcard(_handlebarsBase);
    var _handlebarsSafeString = require_safe_string();
    var _handlebarsSafeString2 = _interopRequireDefault(_handlebarsSafeString);
    var _handlebarsException = require_exception();
    var _handlebarsException2 = _interopRequireDefault(_handlebarsException);
    var _handlebarsUtils = require_utils();
    var Utils = _interopRequireWildcard(_handlebarsUtils);
    var _handlebarsRuntime = require_runtime();
    var runtime = _interopRequireWildcard(_handlebarsRuntime);
    var _handlebarsNoConflict = require_no_conflict();
    var _handlebarsNoConflict2 = _interopRequireDefault(_handlebarsNoConflict);
    function create() {
      var hb2 = new base.HandlebarsEnvironment();
      Utils.extend(hb2, base);
      hb2.SafeString = _handlebarsSafeString2["default"];
      hb2.Exception = _handlebarsException2["default"];
      hb2.Utils = Utils;
      hb2.escapeExpression = Utils.escapeExpression;
      hb2.VM = runtime;
      hb2.template = function(spec) {
        return runtime.template(spec, hb2);
      };
      return hb2;
    }
    var inst = create();
    inst.create = create;
    _handlebarsNoConflict2["default"](inst);
    inst["default"] = inst;
    exports["default"] = inst;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/runtime.js
var require_runtime2 = __commonJS({
  "node_modules/handlebars/runtime.js"(exports, module) {
    module.exports = require_handlebars_runtime()["default"];
  }
});

// sample.entry.ts
var import_runtime2 = __toESM(require_runtime2());

// generator/samples/helpers.ts
import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
var args = (list) => list.slice(0, -1);
var time = (iso) => {
  const ms = Date.parse(String(iso));
  if (Number.isNaN(ms)) throw new Error(`"${String(iso)}" is not a valid ISO 8601 time`);
  return ms;
};
var str = (v) => typeof v === "string" ? v : JSON.stringify(v);
var helpers = {
  /** A JSON literal: the only way templates emit values, so quotes and unicode are always escaped right. */
  json: (v) => JSON.stringify(v === void 0 ? null : v),
  /** JSON text of a value, as a string (for a body or Message that holds JSON). */
  stringify: (v) => JSON.stringify(v),
  md5: (v) => createHash("md5").update(str(v), "utf8").digest("hex"),
  sha256: (v) => createHash("sha256").update(str(v), "utf8").digest("hex"),
  base64: (v) => Buffer.from(str(v), "utf8").toString("base64"),
  /** gzip (deterministic header: no mtime, no name) then base64, as CloudWatch Logs sends awslogs.data. */
  gzipBase64: (v) => gzipSync(Buffer.from(str(v), "utf8")).toString("base64"),
  /**
   * Form-style URL encoding as S3 writes object keys in notifications: spaces as +, `/` kept,
   * letters, digits and `*-._` kept, everything else %XX of its UTF-8 bytes.
   */
  urlencode: (v) => encodeURIComponent(str(v)).replace(/%20/g, "+").replace(/%2F/g, "/").replace(/[!'()~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`),
  /** Percent-encoding of a URL path or query value (spaces as %20). */
  uriencode: (v) => encodeURIComponent(str(v)),
  /** arn partition service region account resource (empty strings allowed, as S3 bucket ARNs have). */
  arn: (...a) => {
    const [partition, service, region, account, ...resource] = args(a).map((x) => x === void 0 || x === null ? "" : String(x));
    return `arn:${partition}:${service}:${region}:${account}:${resource.join("")}`;
  },
  /** A UUID (version 4 layout) derived from its arguments: stable across runs, distinct per seed. */
  uuid: (...a) => {
    const h = createHash("sha256").update(args(a).map(str).join("\0")).digest("hex");
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${(parseInt(h[16], 16) & 3 | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
  },
  /** Hex digits derived from a seed, `length` long. */
  hex: (seed, length) => createHash("sha256").update(str(seed)).digest("hex").repeat(4).slice(0, Number(length)),
  /** Decimal digits derived from a seed, `length` long (sequence numbers, offsets). */
  digits: (seed, length) => {
    const h = createHash("sha256").update(str(seed)).digest();
    let out = "";
    for (let i = 0; out.length < Number(length); i++) out += String(h[i % h.length] % 10);
    return out;
  },
  epochMillis: (iso) => time(iso),
  epochSeconds: (iso) => time(iso) / 1e3,
  /** `01/Mar/2024:12:00:00 +0000`, the request time format of API Gateway. */
  clfTime: (iso) => {
    const d = new Date(time(iso));
    const m = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][d.getUTCMonth()];
    const p = (n) => String(n).padStart(2, "0");
    return `${p(d.getUTCDate())}/${m}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
  },
  /** ISO time without milliseconds, as EventBridge writes `time`. */
  isoSeconds: (iso) => new Date(time(iso)).toISOString().replace(/\.\d{3}Z$/, "Z"),
  concat: (...a) => args(a).map((x) => String(x)).join(""),
  lower: (v) => String(v).toLowerCase(),
  upper: (v) => String(v).toUpperCase(),
  eq: (a, b) => a === b,
  startsWith: (s, p) => String(s).startsWith(String(p)),
  not: (v) => !v,
  /** An object from hash arguments, keys in the order written: {{json (object a=1 b="x")}}. (Handlebars hands the hash over last key first.) */
  object: (...a) => Object.fromEntries(Object.entries(a[a.length - 1].hash ?? {}).reverse()),
  /** A JSON value parsed from text: {{json (parse headers)}}. */
  parse: (v) => JSON.parse(String(v))
};

// generator/samples/spec.ts
var ISO_TIME = /^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,3})?Z$/;
var SampleError = class extends Error {
  constructor(code, message) {
    super(message);
    __publicField(this, "code", code);
    this.name = "SampleError";
  }
};
function checkValue(name, p, value) {
  const fail = (why) => {
    throw new SampleError("E_SAMPLE_PARAM", `--${name} ${JSON.stringify(value)}: ${why}`);
  };
  if (p.type === "string" && typeof value !== "string") fail("must be a string");
  if (p.type === "number" && (typeof value !== "number" || !Number.isFinite(value))) fail("must be a number");
  if (p.type === "integer" && !Number.isSafeInteger(value)) fail("must be an integer");
  if (p.type === "boolean" && typeof value !== "boolean") fail("must be true or false");
  if (p.enum && !p.enum.some((e) => e === value)) fail(`must be one of ${p.enum.map((e) => JSON.stringify(e)).join(", ")}`);
  if (p.pattern && typeof value === "string" && !new RegExp(`^(?:${p.pattern})$`, "u").test(value)) fail(`must match ${p.pattern}`);
  if (p.format === "date-time" && (typeof value !== "string" || !ISO_TIME.test(value) || Number.isNaN(Date.parse(value)) || new Date(value).toISOString().slice(0, 19) !== value.slice(0, 19)))
    fail("must be an ISO 8601 UTC time such as 2024-03-01T12:00:00.000Z");
}
function resolveParams(id, header, overrides = {}) {
  for (const name of Object.keys(overrides))
    if (!Object.prototype.hasOwnProperty.call(header.parameters, name))
      throw new SampleError("E_SAMPLE_PARAM", `${id} has no parameter "${name}"; it takes ${Object.keys(header.parameters).map((n) => `--${n}`).join(", ") || "none"}`);
  const out = /* @__PURE__ */ Object.create(null);
  for (const [name, p] of Object.entries(header.parameters)) {
    const value = Object.prototype.hasOwnProperty.call(overrides, name) ? overrides[name] : p.default;
    checkValue(name, p, value);
    out[name] = value;
  }
  return out;
}

// generator/samples/sampler.ts
function createSampler(hb2, templates) {
  for (const [name, fn] of Object.entries(helpers)) hb2.registerHelper(name, fn);
  let depth = 0;
  const sampler2 = {
    ids: () => [...templates.keys()].sort(),
    header(id) {
      const t = templates.get(id);
      if (!t) throw new SampleError("E_SAMPLE_UNKNOWN", `no sample for "${id}"`);
      return t.header;
    },
    sample(id, overrides = {}, options = {}) {
      const t = templates.get(id);
      if (!t) throw new SampleError("E_SAMPLE_UNKNOWN", `no sample for "${id}"`);
      const given = { ...overrides };
      if (options.inner !== void 0) {
        const slot = t.header.inner;
        if (!slot) throw new SampleError("E_SAMPLE_PARAM", `${id} does not carry an inner payload (no --inner)`);
        const inner = sampler2.sample(options.inner, options.innerOverrides ?? {});
        given[slot] = t.header.parameters[slot].type === "json" ? inner : JSON.stringify(inner);
      }
      const params = resolveParams(id, t.header, given);
      if (++depth > 8) throw new SampleError("E_SAMPLE_RENDER", `${id}: samples nest too deeply`);
      let text;
      try {
        text = t.render({ ...params });
      } catch (error) {
        throw error instanceof SampleError ? error : new SampleError("E_SAMPLE_RENDER", `${id}: the template failed: ${error.message}`);
      } finally {
        depth--;
      }
      try {
        return JSON.parse(text);
      } catch (error) {
        throw new SampleError("E_SAMPLE_RENDER", `${id}: the template did not produce JSON (${error.message})`);
      }
    }
  };
  hb2.registerHelper("sample", (...a) => {
    const options = a[a.length - 1];
    return sampler2.sample(String(a[0]), { ...options.hash ?? {} });
  });
  return sampler2;
}

// sample.entry.ts
var hb = import_runtime2.default.create();
var SPECS = [
  ["s3.notification", { header: { "parameters": { "partition": { "type": "string", "default": "aws", "description": "AWS partition of the bucket ARN.", "pattern": "aws(-[a-z]+)*" }, "region": { "type": "string", "default": "us-east-1", "description": "AWS Region of the bucket.", "pattern": "[a-z]{2}(-[a-z]+)+-[0-9]+" }, "bucket": { "type": "string", "default": "example-bucket", "description": "Bucket name.", "pattern": "[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]" }, "key": { "type": "string", "default": "test/key", "description": "Object key, as uploaded; the event carries it URL-encoded (form style, spaces as +)." }, "event-name": { "type": "string", "default": "ObjectCreated:Put", "description": "Event type without the s3: prefix; ObjectRemoved:* events carry no size or eTag.", "pattern": "[A-Z][A-Za-z]*(:[A-Za-z]+)*" }, "size": { "type": "integer", "default": 1024, "description": "Object size in bytes (not sent for deletes)." }, "event-time": { "type": "string", "default": "2024-03-01T12:00:00.000Z", "description": "When S3 finished processing the request (ISO 8601).", "format": "date-time" }, "principal-id": { "type": "string", "default": "EXAMPLE", "description": "Principal that caused the event." }, "source-ip": { "type": "string", "default": "127.0.0.1", "description": "IP address the request came from." } }, "sam": [{ "service": "s3", "event": "put" }, { "service": "s3", "event": "delete", "set": { "event-name": "ObjectRemoved:Delete" } }, { "service": "rekognition", "event": "s3-request" }] }, spec: { "0": function(container, depth0, helpers2, partials, data) {
    var stack1, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '          "size": ' + ((stack1 = (lookupProperty(helpers2, "json") || alias1(depth0, "json", { "start": { "line": 26, "column": 20 }, "end": { "line": 26, "column": 24 } })).call(alias2, lookupProperty(depth0, "size"), { "name": "json", "hash": {}, "data": data, "loc": { "start": { "line": 26, "column": 18 }, "end": { "line": 26, "column": 31 } } })) != null ? stack1 : "") + ',\n          "eTag": ' + ((stack1 = (lookupProperty(helpers2, "json") || alias1(depth0, "json", { "start": { "line": 27, "column": 20 }, "end": { "line": 27, "column": 24 } })).call(alias2, (lookupProperty(helpers2, "hex") || alias1(depth0, "hex", { "start": { "line": 27, "column": 26 }, "end": { "line": 27, "column": 29 } })).call(alias2, (lookupProperty(helpers2, "concat") || alias1(depth0, "concat", { "start": { "line": 27, "column": 31 }, "end": { "line": 27, "column": 37 } })).call(alias2, lookupProperty(depth0, "bucket"), lookupProperty(depth0, "key"), lookupProperty(depth0, "size"), { "name": "concat", "hash": {}, "data": data, "loc": { "start": { "line": 27, "column": 30 }, "end": { "line": 27, "column": 54 } } }), 32, { "name": "hex", "hash": {}, "data": data, "loc": { "start": { "line": 27, "column": 25 }, "end": { "line": 27, "column": 58 } } }), { "name": "json", "hash": {}, "data": data, "loc": { "start": { "line": 27, "column": 18 }, "end": { "line": 27, "column": 60 } } })) != null ? stack1 : "") + ",\n";
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers2, partials, data) {
    var stack1, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '{\n  "Records": [\n    {\n      "eventVersion": "2.1",\n      "eventSource": "aws:s3",\n      "awsRegion": ' + ((stack1 = (lookupProperty(helpers2, "json") || alias1(depth0, "json", { "start": { "line": 6, "column": 21 }, "end": { "line": 6, "column": 25 } })).call(alias2, lookupProperty(depth0, "region"), { "name": "json", "hash": {}, "data": data, "loc": { "start": { "line": 6, "column": 19 }, "end": { "line": 6, "column": 34 } } })) != null ? stack1 : "") + ',\n      "eventTime": ' + ((stack1 = (lookupProperty(helpers2, "json") || alias1(depth0, "json", { "start": { "line": 7, "column": 21 }, "end": { "line": 7, "column": 25 } })).call(alias2, lookupProperty(depth0, "event-time"), { "name": "json", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 19 }, "end": { "line": 7, "column": 38 } } })) != null ? stack1 : "") + ',\n      "eventName": ' + ((stack1 = (lookupProperty(helpers2, "json") || alias1(depth0, "json", { "start": { "line": 8, "column": 21 }, "end": { "line": 8, "column": 25 } })).call(alias2, lookupProperty(depth0, "event-name"), { "name": "json", "hash": {}, "data": data, "loc": { "start": { "line": 8, "column": 19 }, "end": { "line": 8, "column": 38 } } })) != null ? stack1 : "") + ',\n      "userIdentity": { "principalId": ' + ((stack1 = (lookupProperty(helpers2, "json") || alias1(depth0, "json", { "start": { "line": 9, "column": 41 }, "end": { "line": 9, "column": 45 } })).call(alias2, lookupProperty(depth0, "principal-id"), { "name": "json", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 39 }, "end": { "line": 9, "column": 60 } } })) != null ? stack1 : "") + ' },\n      "requestParameters": { "sourceIPAddress": ' + ((stack1 = (lookupProperty(helpers2, "json") || alias1(depth0, "json", { "start": { "line": 10, "column": 50 }, "end": { "line": 10, "column": 54 } })).call(alias2, lookupProperty(depth0, "source-ip"), { "name": "json", "hash": {}, "data": data, "loc": { "start": { "line": 10, "column": 48 }, "end": { "line": 10, "column": 66 } } })) != null ? stack1 : "") + ' },\n      "responseElements": {\n        "x-amz-request-id": ' + ((stack1 = (lookupProperty(helpers2, "json") || alias1(depth0, "json", { "start": { "line": 12, "column": 30 }, "end": { "line": 12, "column": 34 } })).call(alias2, (lookupProperty(helpers2, "upper") || alias1(depth0, "upper", { "start": { "line": 12, "column": 36 }, "end": { "line": 12, "column": 41 } })).call(alias2, (lookupProperty(helpers2, "hex") || alias1(depth0, "hex", { "start": { "line": 12, "column": 43 }, "end": { "line": 12, "column": 46 } })).call(alias2, (lookupProperty(helpers2, "concat") || alias1(depth0, "concat", { "start": { "line": 12, "column": 48 }, "end": { "line": 12, "column": 54 } })).call(alias2, lookupProperty(depth0, "bucket"), lookupProperty(depth0, "key"), lookupProperty(depth0, "event-time"), { "name": "concat", "hash": {}, "data": data, "loc": { "start": { "line": 12, "column": 47 }, "end": { "line": 12, "column": 77 } } }), 16, { "name": "hex", "hash": {}, "data": data, "loc": { "start": { "line": 12, "column": 42 }, "end": { "line": 12, "column": 81 } } }), { "name": "upper", "hash": {}, "data": data, "loc": { "start": { "line": 12, "column": 35 }, "end": { "line": 12, "column": 82 } } }), { "name": "json", "hash": {}, "data": data, "loc": { "start": { "line": 12, "column": 28 }, "end": { "line": 12, "column": 84 } } })) != null ? stack1 : "") + ',\n        "x-amz-id-2": ' + ((stack1 = (lookupProperty(helpers2, "json") || alias1(depth0, "json", { "start": { "line": 13, "column": 24 }, "end": { "line": 13, "column": 28 } })).call(alias2, (lookupProperty(helpers2, "base64") || alias1(depth0, "base64", { "start": { "line": 13, "column": 30 }, "end": { "line": 13, "column": 36 } })).call(alias2, (lookupProperty(helpers2, "hex") || alias1(depth0, "hex", { "start": { "line": 13, "column": 38 }, "end": { "line": 13, "column": 41 } })).call(alias2, (lookupProperty(helpers2, "concat") || alias1(depth0, "concat", { "start": { "line": 13, "column": 43 }, "end": { "line": 13, "column": 49 } })).call(alias2, "id2", lookupProperty(depth0, "bucket"), lookupProperty(depth0, "key"), lookupProperty(depth0, "event-time"), { "name": "concat", "hash": {}, "data": data, "loc": { "start": { "line": 13, "column": 42 }, "end": { "line": 13, "column": 78 } } }), 48, { "name": "hex", "hash": {}, "data": data, "loc": { "start": { "line": 13, "column": 37 }, "end": { "line": 13, "column": 82 } } }), { "name": "base64", "hash": {}, "data": data, "loc": { "start": { "line": 13, "column": 29 }, "end": { "line": 13, "column": 83 } } }), { "name": "json", "hash": {}, "data": data, "loc": { "start": { "line": 13, "column": 22 }, "end": { "line": 13, "column": 85 } } })) != null ? stack1 : "") + '\n      },\n      "s3": {\n        "s3SchemaVersion": "1.0",\n        "configurationId": "testConfigRule",\n        "bucket": {\n          "name": ' + ((stack1 = (lookupProperty(helpers2, "json") || alias1(depth0, "json", { "start": { "line": 19, "column": 20 }, "end": { "line": 19, "column": 24 } })).call(alias2, lookupProperty(depth0, "bucket"), { "name": "json", "hash": {}, "data": data, "loc": { "start": { "line": 19, "column": 18 }, "end": { "line": 19, "column": 33 } } })) != null ? stack1 : "") + ',\n          "ownerIdentity": { "principalId": ' + ((stack1 = (lookupProperty(helpers2, "json") || alias1(depth0, "json", { "start": { "line": 20, "column": 46 }, "end": { "line": 20, "column": 50 } })).call(alias2, lookupProperty(depth0, "principal-id"), { "name": "json", "hash": {}, "data": data, "loc": { "start": { "line": 20, "column": 44 }, "end": { "line": 20, "column": 65 } } })) != null ? stack1 : "") + ' },\n          "arn": ' + ((stack1 = (lookupProperty(helpers2, "json") || alias1(depth0, "json", { "start": { "line": 21, "column": 19 }, "end": { "line": 21, "column": 23 } })).call(alias2, (lookupProperty(helpers2, "arn") || alias1(depth0, "arn", { "start": { "line": 21, "column": 25 }, "end": { "line": 21, "column": 28 } })).call(alias2, lookupProperty(depth0, "partition"), "s3", "", "", lookupProperty(depth0, "bucket"), { "name": "arn", "hash": {}, "data": data, "loc": { "start": { "line": 21, "column": 24 }, "end": { "line": 21, "column": 57 } } }), { "name": "json", "hash": {}, "data": data, "loc": { "start": { "line": 21, "column": 17 }, "end": { "line": 21, "column": 59 } } })) != null ? stack1 : "") + '\n        },\n        "object": {\n          "key": ' + ((stack1 = (lookupProperty(helpers2, "json") || alias1(depth0, "json", { "start": { "line": 24, "column": 19 }, "end": { "line": 24, "column": 23 } })).call(alias2, (lookupProperty(helpers2, "urlencode") || alias1(depth0, "urlencode", { "start": { "line": 24, "column": 25 }, "end": { "line": 24, "column": 34 } })).call(alias2, lookupProperty(depth0, "key"), { "name": "urlencode", "hash": {}, "data": data, "loc": { "start": { "line": 24, "column": 24 }, "end": { "line": 24, "column": 39 } } }), { "name": "json", "hash": {}, "data": data, "loc": { "start": { "line": 24, "column": 17 }, "end": { "line": 24, "column": 41 } } })) != null ? stack1 : "") + ",\n" + ((stack1 = lookupProperty(helpers2, "unless").call(alias2, (lookupProperty(helpers2, "startsWith") || alias1(depth0, "startsWith", { "start": { "line": 25, "column": 21 }, "end": { "line": 25, "column": 31 } })).call(alias2, lookupProperty(depth0, "event-name"), "ObjectRemoved", { "name": "startsWith", "hash": {}, "data": data, "loc": { "start": { "line": 25, "column": 20 }, "end": { "line": 25, "column": 59 } } }), { "name": "unless", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 25, "column": 10 }, "end": { "line": 28, "column": 21 } } })) != null ? stack1 : "") + '          "sequencer": ' + ((stack1 = (lookupProperty(helpers2, "json") || alias1(depth0, "json", { "start": { "line": 29, "column": 25 }, "end": { "line": 29, "column": 29 } })).call(alias2, (lookupProperty(helpers2, "upper") || alias1(depth0, "upper", { "start": { "line": 29, "column": 31 }, "end": { "line": 29, "column": 36 } })).call(alias2, (lookupProperty(helpers2, "hex") || alias1(depth0, "hex", { "start": { "line": 29, "column": 38 }, "end": { "line": 29, "column": 41 } })).call(alias2, (lookupProperty(helpers2, "concat") || alias1(depth0, "concat", { "start": { "line": 29, "column": 43 }, "end": { "line": 29, "column": 49 } })).call(alias2, lookupProperty(depth0, "key"), lookupProperty(depth0, "event-time"), { "name": "concat", "hash": {}, "data": data, "loc": { "start": { "line": 29, "column": 42 }, "end": { "line": 29, "column": 65 } } }), 18, { "name": "hex", "hash": {}, "data": data, "loc": { "start": { "line": 29, "column": 37 }, "end": { "line": 29, "column": 69 } } }), { "name": "upper", "hash": {}, "data": data, "loc": { "start": { "line": 29, "column": 30 }, "end": { "line": 29, "column": 70 } } }), { "name": "json", "hash": {}, "data": data, "loc": { "start": { "line": 29, "column": 23 }, "end": { "line": 29, "column": 72 } } })) != null ? stack1 : "") + "\n        }\n      }\n    }\n  ]\n}\n";
  }, "useData": true } }],
  ["sqs.batch", { header: { "parameters": { "partition": { "type": "string", "default": "aws", "description": "AWS partition of the queue ARN.", "pattern": "aws(-[a-z]+)*" }, "region": { "type": "string", "default": "us-east-1", "description": "AWS Region of the queue.", "pattern": "[a-z]{2}(-[a-z]+)+-[0-9]+" }, "account-id": { "type": "string", "default": "123456789012", "description": "Account that owns the queue.", "pattern": "[0-9]{12}" }, "queue-name": { "type": "string", "default": "MyQueue", "description": "Queue name (end it in .fifo for a FIFO queue).", "pattern": "[A-Za-z0-9_-]{1,75}(\\.fifo)?" }, "body": { "type": "string", "default": "Hello from SQS!", "description": "Message body, exactly as sent (md5OfBody is computed from it)." }, "sent-time": { "type": "string", "default": "2024-03-01T12:00:00.000Z", "description": "When the message was sent (ISO 8601).", "format": "date-time" }, "receive-count": { "type": "integer", "default": 1, "description": "ApproximateReceiveCount." } }, "sam": [{ "service": "sqs", "event": "receive-message" }], "inner": "body" }, spec: { "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers2, partials, data) {
    var stack1, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '{\n  "Records": [\n    {\n      "messageId": ' + ((stack1 = (lookupProperty(helpers2, "json") || alias1(depth0, "json", { "start": { "line": 4, "column": 21 }, "end": { "line": 4, "column": 25 } })).call(alias2, (lookupProperty(helpers2, "uuid") || alias1(depth0, "uuid", { "start": { "line": 4, "column": 27 }, "end": { "line": 4, "column": 31 } })).call(alias2, "sqs", lookupProperty(depth0, "queue-name"), lookupProperty(depth0, "body"), lookupProperty(depth0, "sent-time"), { "name": "uuid", "hash": {}, "data": data, "loc": { "start": { "line": 4, "column": 26 }, "end": { "line": 4, "column": 64 } } }), { "name": "json", "hash": {}, "data": data, "loc": { "start": { "line": 4, "column": 19 }, "end": { "line": 4, "column": 66 } } })) != null ? stack1 : "") + ',\n      "receiptHandle": ' + ((stack1 = (lookupProperty(helpers2, "json") || alias1(depth0, "json", { "start": { "line": 5, "column": 25 }, "end": { "line": 5, "column": 29 } })).call(alias2, (lookupProperty(helpers2, "concat") || alias1(depth0, "concat", { "start": { "line": 5, "column": 31 }, "end": { "line": 5, "column": 37 } })).call(alias2, "AQEB", (lookupProperty(helpers2, "base64") || alias1(depth0, "base64", { "start": { "line": 5, "column": 46 }, "end": { "line": 5, "column": 52 } })).call(alias2, (lookupProperty(helpers2, "concat") || alias1(depth0, "concat", { "start": { "line": 5, "column": 54 }, "end": { "line": 5, "column": 60 } })).call(alias2, lookupProperty(depth0, "queue-name"), ":", (lookupProperty(helpers2, "hex") || alias1(depth0, "hex", { "start": { "line": 5, "column": 77 }, "end": { "line": 5, "column": 80 } })).call(alias2, lookupProperty(depth0, "body"), 48, { "name": "hex", "hash": {}, "data": data, "loc": { "start": { "line": 5, "column": 76 }, "end": { "line": 5, "column": 89 } } }), { "name": "concat", "hash": {}, "data": data, "loc": { "start": { "line": 5, "column": 53 }, "end": { "line": 5, "column": 90 } } }), { "name": "base64", "hash": {}, "data": data, "loc": { "start": { "line": 5, "column": 45 }, "end": { "line": 5, "column": 91 } } }), { "name": "concat", "hash": {}, "data": data, "loc": { "start": { "line": 5, "column": 30 }, "end": { "line": 5, "column": 92 } } }), { "name": "json", "hash": {}, "data": data, "loc": { "start": { "line": 5, "column": 23 }, "end": { "line": 5, "column": 94 } } })) != null ? stack1 : "") + ',\n      "body": ' + ((stack1 = (lookupProperty(helpers2, "json") || alias1(depth0, "json", { "start": { "line": 6, "column": 16 }, "end": { "line": 6, "column": 20 } })).call(alias2, lookupProperty(depth0, "body"), { "name": "json", "hash": {}, "data": data, "loc": { "start": { "line": 6, "column": 14 }, "end": { "line": 6, "column": 27 } } })) != null ? stack1 : "") + ',\n      "attributes": {\n        "ApproximateReceiveCount": ' + ((stack1 = (lookupProperty(helpers2, "json") || alias1(depth0, "json", { "start": { "line": 8, "column": 37 }, "end": { "line": 8, "column": 41 } })).call(alias2, (lookupProperty(helpers2, "concat") || alias1(depth0, "concat", { "start": { "line": 8, "column": 43 }, "end": { "line": 8, "column": 49 } })).call(alias2, lookupProperty(depth0, "receive-count"), { "name": "concat", "hash": {}, "data": data, "loc": { "start": { "line": 8, "column": 42 }, "end": { "line": 8, "column": 64 } } }), { "name": "json", "hash": {}, "data": data, "loc": { "start": { "line": 8, "column": 35 }, "end": { "line": 8, "column": 66 } } })) != null ? stack1 : "") + ',\n        "SentTimestamp": ' + ((stack1 = (lookupProperty(helpers2, "json") || alias1(depth0, "json", { "start": { "line": 9, "column": 27 }, "end": { "line": 9, "column": 31 } })).call(alias2, (lookupProperty(helpers2, "concat") || alias1(depth0, "concat", { "start": { "line": 9, "column": 33 }, "end": { "line": 9, "column": 39 } })).call(alias2, (lookupProperty(helpers2, "epochMillis") || alias1(depth0, "epochMillis", { "start": { "line": 9, "column": 41 }, "end": { "line": 9, "column": 52 } })).call(alias2, lookupProperty(depth0, "sent-time"), { "name": "epochMillis", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 40 }, "end": { "line": 9, "column": 63 } } }), { "name": "concat", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 32 }, "end": { "line": 9, "column": 64 } } }), { "name": "json", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 25 }, "end": { "line": 9, "column": 66 } } })) != null ? stack1 : "") + ',\n        "SenderId": ' + ((stack1 = (lookupProperty(helpers2, "json") || alias1(depth0, "json", { "start": { "line": 10, "column": 22 }, "end": { "line": 10, "column": 26 } })).call(alias2, lookupProperty(depth0, "account-id"), { "name": "json", "hash": {}, "data": data, "loc": { "start": { "line": 10, "column": 20 }, "end": { "line": 10, "column": 39 } } })) != null ? stack1 : "") + ',\n        "ApproximateFirstReceiveTimestamp": ' + ((stack1 = (lookupProperty(helpers2, "json") || alias1(depth0, "json", { "start": { "line": 11, "column": 46 }, "end": { "line": 11, "column": 50 } })).call(alias2, (lookupProperty(helpers2, "concat") || alias1(depth0, "concat", { "start": { "line": 11, "column": 52 }, "end": { "line": 11, "column": 58 } })).call(alias2, (lookupProperty(helpers2, "epochMillis") || alias1(depth0, "epochMillis", { "start": { "line": 11, "column": 60 }, "end": { "line": 11, "column": 71 } })).call(alias2, lookupProperty(depth0, "sent-time"), { "name": "epochMillis", "hash": {}, "data": data, "loc": { "start": { "line": 11, "column": 59 }, "end": { "line": 11, "column": 82 } } }), { "name": "concat", "hash": {}, "data": data, "loc": { "start": { "line": 11, "column": 51 }, "end": { "line": 11, "column": 83 } } }), { "name": "json", "hash": {}, "data": data, "loc": { "start": { "line": 11, "column": 44 }, "end": { "line": 11, "column": 85 } } })) != null ? stack1 : "") + '\n      },\n      "messageAttributes": {},\n      "md5OfBody": ' + ((stack1 = (lookupProperty(helpers2, "json") || alias1(depth0, "json", { "start": { "line": 14, "column": 21 }, "end": { "line": 14, "column": 25 } })).call(alias2, (lookupProperty(helpers2, "md5") || alias1(depth0, "md5", { "start": { "line": 14, "column": 27 }, "end": { "line": 14, "column": 30 } })).call(alias2, lookupProperty(depth0, "body"), { "name": "md5", "hash": {}, "data": data, "loc": { "start": { "line": 14, "column": 26 }, "end": { "line": 14, "column": 36 } } }), { "name": "json", "hash": {}, "data": data, "loc": { "start": { "line": 14, "column": 19 }, "end": { "line": 14, "column": 38 } } })) != null ? stack1 : "") + ',\n      "eventSource": "aws:sqs",\n      "eventSourceARN": ' + ((stack1 = (lookupProperty(helpers2, "json") || alias1(depth0, "json", { "start": { "line": 16, "column": 26 }, "end": { "line": 16, "column": 30 } })).call(alias2, (lookupProperty(helpers2, "arn") || alias1(depth0, "arn", { "start": { "line": 16, "column": 32 }, "end": { "line": 16, "column": 35 } })).call(alias2, lookupProperty(depth0, "partition"), "sqs", lookupProperty(depth0, "region"), lookupProperty(depth0, "account-id"), lookupProperty(depth0, "queue-name"), { "name": "arn", "hash": {}, "data": data, "loc": { "start": { "line": 16, "column": 31 }, "end": { "line": 16, "column": 81 } } }), { "name": "json", "hash": {}, "data": data, "loc": { "start": { "line": 16, "column": 24 }, "end": { "line": 16, "column": 83 } } })) != null ? stack1 : "") + ',\n      "awsRegion": ' + ((stack1 = (lookupProperty(helpers2, "json") || alias1(depth0, "json", { "start": { "line": 17, "column": 21 }, "end": { "line": 17, "column": 25 } })).call(alias2, lookupProperty(depth0, "region"), { "name": "json", "hash": {}, "data": data, "loc": { "start": { "line": 17, "column": 19 }, "end": { "line": 17, "column": 34 } } })) != null ? stack1 : "") + "\n    }\n  ]\n}\n";
  }, "useData": true } }]
];
var sampler = createSampler(hb, new Map(SPECS.map(([id, t]) => [id, { header: t.header, render: hb.template(t.spec) }])));
function sample(id, overrides, options) {
  return sampler.sample(id, overrides, options);
}
function sampleParameters(id) {
  return sampler.header(id).parameters;
}
var sampleIds = Object.freeze(sampler.ids());
var samEvents = Object.freeze({
  "s3 put": {
    "id": "s3.notification",
    "set": {}
  },
  "s3 delete": {
    "id": "s3.notification",
    "set": {
      "event-name": "ObjectRemoved:Delete"
    }
  },
  "rekognition s3-request": {
    "id": "s3.notification",
    "set": {}
  },
  "sqs receive-message": {
    "id": "sqs.batch",
    "set": {}
  }
});
export {
  SampleError,
  samEvents,
  sample,
  sampleIds,
  sampleParameters
};
